package au.gov.dss.socialmedia.admin.platform.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of the audit chain: locked by every append, so that appends are serialised across instances. */
@Entity
@Table(name = "audit_head")
class AuditHeadEntity {

    @Id
    int id;

    long lastSeq;

    String lastHash;

    /** For JPA. */
    protected AuditHeadEntity() {
    }
}
