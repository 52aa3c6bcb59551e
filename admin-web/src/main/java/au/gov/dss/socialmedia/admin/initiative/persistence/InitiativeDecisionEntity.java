package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.ListedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of CMB's decisions on an initiative, at its position in the history of decisions. */
@Entity
@Table(name = "initiative_decision")
class InitiativeDecisionEntity extends ListedRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id")
    InitiativeEntity initiative;

    int submissionNumber;

    String outcome;

    String decisionMaker;

    String reasons;

    Instant decidedAt;

    /** For JPA. */
    protected InitiativeDecisionEntity() {
    }

    InitiativeDecisionEntity(String id, InitiativeEntity initiative, int listIndex) {
        super(id, listIndex);
        this.initiative = initiative;
    }
}
