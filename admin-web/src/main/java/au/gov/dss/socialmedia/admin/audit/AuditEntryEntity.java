package au.gov.dss.socialmedia.admin.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the append-only audit trail. Never updated or deleted by the app. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

    @Id
    @Column(name = "seq")
    long seq;

    @Column(name = "occurred_at")
    Instant occurredAt;

    @Column(name = "actor")
    String actor;

    @Column(name = "action_name")
    String action;

    @Column(name = "target")
    String target;

    @Column(name = "outcome")
    String outcome;

    @Column(name = "detail")
    String detail;

    @Column(name = "previous_hash")
    String previousHash;

    @Column(name = "entry_hash")
    String entryHash;

    /** For JPA. */
    protected AuditEntryEntity() {
    }

    AuditEntryEntity(long seq, Instant occurredAt, String actor, String action, String target, String outcome,
                     String detail, String previousHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.outcome = outcome;
        this.detail = detail;
        this.previousHash = previousHash;
        this.entryHash = AuditChain.hash(this);
    }
}
