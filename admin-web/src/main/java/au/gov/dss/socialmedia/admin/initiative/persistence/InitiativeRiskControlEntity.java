package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.ListedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One control of an initiative's risk, at its position. */
@Entity
@Table(name = "initiative_risk_control")
class InitiativeRiskControlEntity extends ListedRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "risk_id")
    InitiativeRiskEntity risk;

    String controlText;

    /** For JPA. */
    protected InitiativeRiskControlEntity() {
    }

    InitiativeRiskControlEntity(String id, InitiativeRiskEntity risk, int listIndex) {
        super(id, listIndex);
        this.risk = risk;
    }
}
