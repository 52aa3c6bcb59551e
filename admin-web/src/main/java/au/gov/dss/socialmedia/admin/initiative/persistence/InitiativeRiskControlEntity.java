package au.gov.dss.socialmedia.admin.initiative.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One control of an initiative's risk, at its position. */
@Entity
@Table(name = "initiative_risk_control")
class InitiativeRiskControlEntity {

    @Id
    @Column(name = "id")
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "risk_id")
    InitiativeRiskEntity risk;

    @Column(name = "list_index")
    int listIndex;

    @Column(name = "control_text")
    String controlText;

    /** For JPA. */
    protected InitiativeRiskControlEntity() {
    }

    InitiativeRiskControlEntity(String id, InitiativeRiskEntity risk, int listIndex) {
        this.id = id;
        this.risk = risk;
        this.listIndex = listIndex;
    }
}
