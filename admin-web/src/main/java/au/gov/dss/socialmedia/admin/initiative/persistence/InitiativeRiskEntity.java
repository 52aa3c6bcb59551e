package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.ListedRow;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
class InitiativeRiskEntity extends ListedRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id")
    InitiativeEntity initiative;

    String description;

    String likelihood;

    String consequence;

    @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<InitiativeRiskControlEntity> controls = new ArrayList<>();

    @Column(name = "risk_owner")
    String owner;

    String monitoring;

    /** For JPA. */
    protected InitiativeRiskEntity() {
    }

    InitiativeRiskEntity(String id, InitiativeEntity initiative, int listIndex) {
        super(id, listIndex);
        this.initiative = initiative;
    }
}
