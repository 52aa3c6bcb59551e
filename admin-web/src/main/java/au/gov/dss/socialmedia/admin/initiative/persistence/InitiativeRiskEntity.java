package au.gov.dss.socialmedia.admin.initiative.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One risk of an initiative's risk register, at its position, with its controls in order. */
@Entity
@Table(name = "initiative_risk")
class InitiativeRiskEntity {

    @Id
    @Column(name = "id")
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id")
    InitiativeEntity initiative;

    @Column(name = "list_index")
    int listIndex;

    @Column(name = "description")
    String description;

    @Column(name = "likelihood")
    String likelihood;

    @Column(name = "consequence")
    String consequence;

    @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<InitiativeRiskControlEntity> controls = new ArrayList<>();

    @Column(name = "risk_owner")
    String owner;

    @Column(name = "monitoring")
    String monitoring;

    /** For JPA. */
    protected InitiativeRiskEntity() {
    }

    InitiativeRiskEntity(String id, InitiativeEntity initiative, int listIndex) {
        this.id = id;
        this.initiative = initiative;
        this.listIndex = listIndex;
    }
}
