package au.gov.dss.socialmedia.admin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail: every command that changes something is recorded (who, when, what, the outcome), refused ones
 * too, in an append-only table where each entry carries the hash of the one before. {@link #verify()} reports any
 * entry that was altered, removed or inserted.
 */
@ApplicationScoped
public class AuditTrail {

    /** How a command ended. */
    public enum Outcome {
        /** It was carried out. */
        DONE,
        /** The policy refused it; nothing changed. */
        REFUSED,
        /** The input was not valid; nothing changed. */
        INVALID
    }

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    Clock clock;

    /** Records a command that was carried out, in the same transaction as its change when there is one. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordDone(String actor, String action, String target, String detail) {
        append(actor, action, target, Outcome.DONE, detail);
    }

    /** Records a command that was refused or invalid, in a transaction of its own (the command's rolls back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRejected(String actor, String action, String target, Outcome outcome, String detail) {
        append(actor, action, target, outcome, detail);
    }

    private void append(String actor, String action, String target, Outcome outcome, String detail) {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, 1, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntryEntity entry = new AuditEntryEntity(head.lastSeq + 1, now, actor, action, bounded(target, 200),
                outcome.name(), bounded(detail, 4000), head.lastHash);
        em.persist(entry);
        head.lastSeq = entry.seq;
        head.lastHash = entry.entryHash;
    }

    /** The entries, newest first, filtered by actor and action when given, one page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> page(String actor, String action, int first, int size) {
        return em.createQuery("SELECT e FROM AuditEntryEntity e WHERE (:actor IS NULL OR e.actor = :actor)"
                        + " AND (:action IS NULL OR e.action LIKE :action) ORDER BY e.seq DESC", AuditEntryEntity.class)
                .setParameter("actor", blankToNull(actor))
                .setParameter("action", blankToNull(action) == null ? null : action.strip() + "%")
                .setFirstResult(first).setMaxResults(size)
                .getResultStream().map(AuditTrail::toView).toList();
    }

    /**
     * Re-computes the whole chain and reports every problem: an entry whose content no longer matches its hash
     * (altered), a break in the sequence or in the links (removed or inserted), a head that does not match the
     * last entry.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> verify() {
        List<String> problems = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        long expectedSeq = 1;
        int batch = 500;
        for (int first = 0; ; first += batch) {
            List<AuditEntryEntity> entries = em.createQuery("SELECT e FROM AuditEntryEntity e ORDER BY e.seq",
                    AuditEntryEntity.class).setFirstResult(first).setMaxResults(batch).getResultList();
            for (AuditEntryEntity entry : entries) {
                if (entry.seq != expectedSeq) {
                    problems.add("entries " + expectedSeq + " to " + (entry.seq - 1) + " are missing");
                }
                if (!entry.previousHash.equals(previous)) {
                    problems.add("entry " + entry.seq + " does not follow the entry before it");
                }
                if (!AuditChain.hash(entry).equals(entry.entryHash)) {
                    problems.add("entry " + entry.seq + " was altered after it was written");
                }
                previous = entry.entryHash;
                expectedSeq = entry.seq + 1;
            }
            if (entries.size() < batch) {
                break;
            }
            em.clear();
        }
        AuditHeadEntity head = em.find(AuditHeadEntity.class, 1);
        if (head.lastSeq != expectedSeq - 1 || !head.lastHash.equals(previous)) {
            problems.add("the last entries (after " + (expectedSeq - 1) + ", up to " + head.lastSeq
                    + ") were removed");
        }
        return problems;
    }

    private static AuditEntry toView(AuditEntryEntity e) {
        return new AuditEntry(e.seq, e.occurredAt, e.actor, e.action, e.target, e.outcome, e.detail);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String bounded(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
