package au.gov.dss.socialmedia.admin.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the append-only audit trail. Never updated or deleted by the app. Entries of chain version 1 (before
 * V14) name their subject by id only ({@code target}); version 2 keeps the actor's name and the subject's kind, id
 * and name, and hashes them too.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntryEntity {

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

    @Column(name = "chain_version")
    int chainVersion;

    @Column(name = "actor_name")
    String actorName;

    @Column(name = "subject_kind")
    String subjectKind;

    @Column(name = "subject_id")
    String subjectId;

    @Column(name = "subject_label")
    String subjectLabel;

    /** For JPA. */
    protected AuditEntryEntity() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    AuditEntryEntity(long seq, Instant occurredAt, String actor, String actorName, String action, String subjectKind,
                     String subjectId, String subjectLabel, String outcome, String detail, String previousHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.action = action;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.subjectLabel = subjectLabel;
        this.target = subjectId;
        this.outcome = outcome;
        this.detail = detail;
        this.previousHash = previousHash;
        this.chainVersion = AuditChain.CURRENT_VERSION;
        this.entryHash = AuditChain.hash(this);
    }
}
