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
    long seq;

    Instant occurredAt;

    String actor;

    @Column(name = "action_name")
    String action;

    String target;

    String outcome;

    String detail;

    String previousHash;

    String entryHash;

    int chainVersion;

    String actorName;

    String subjectKind;

    String subjectId;

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
