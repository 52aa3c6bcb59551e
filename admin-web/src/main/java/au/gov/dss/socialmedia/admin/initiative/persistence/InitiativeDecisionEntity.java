package au.gov.dss.socialmedia.admin.initiative.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of CMB's decisions on an initiative, at its position in the history of decisions. */
@Entity
@Table(name = "initiative_decision")
class InitiativeDecisionEntity {

    @Id
    @Column(name = "id")
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id")
    InitiativeEntity initiative;

    @Column(name = "list_index")
    int listIndex;

    @Column(name = "submission_number")
    int submissionNumber;

    @Column(name = "outcome")
    String outcome;

    @Column(name = "decision_maker")
    String decisionMaker;

    @Column(name = "reasons")
    String reasons;

    @Column(name = "decided_at")
    Instant decidedAt;

    /** For JPA. */
    protected InitiativeDecisionEntity() {
    }

    InitiativeDecisionEntity(String id, InitiativeEntity initiative, int listIndex) {
        this.id = id;
        this.initiative = initiative;
        this.listIndex = listIndex;
    }
}
