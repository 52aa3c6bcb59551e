package au.gov.dss.socialmedia.admin.platform.audit;

import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The audit trail: every command that changes something is recorded (who, when, what, on which thing, the outcome),
 * refused ones too, in an append-only table where each entry carries the hash of the one before. {@link #verify()}
 * reports any entry that was altered, removed or inserted; {@link #history} reads what was done to one thing.
 */
@Dependent
public class AuditTrail {

    /** How a command ended. */
    public enum Outcome {
        /** It was carried out. */
        DONE,
        /** The policy, a rule of the app or someone else's change refused it; nothing changed. */
        REFUSED,
        /** The input was not valid; nothing changed. */
        INVALID,
        /** It failed with an error (a fault, not the user's doing); nothing changed. */
        ERROR
    }

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final EntityManager em;
    private final Clock clock;

    /** A trail in the database of the entity manager, dated by the clock. */
    @Inject
    public AuditTrail(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Records a command that was carried out, in the same transaction as its change. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void done(Actor actor, String action, Subject subject, String detail) {
        append(actor, action, subject, Outcome.DONE, detail);
    }

    /** Records a command that was refused, invalid or failed, in a transaction of its own (the command's rolls back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rejected(Actor actor, String action, Subject subject, Outcome outcome, String detail) {
        append(actor, action, subject, outcome, detail);
    }

    private void append(Actor actor, String action, Subject subject, Outcome outcome, String detail) {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, 1, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntryEntity entry = new AuditEntryEntity(head.lastSeq + 1, now, bounded(actor.username(), 64),
                bounded(actor.name(), 200), bounded(action, 100), subject.kind().name(), bounded(subject.id(), 64),
                bounded(subject.label(), 300), outcome.name(), bounded(detail, 4000), head.lastHash);
        em.persist(entry);
        head.lastSeq = entry.seq;
        head.lastHash = entry.entryHash;
    }

    /** What was done to the thing (refused tries included), newest first: at most {@code max} entries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(SubjectKind kind, String id, int max) {
        return em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.subjectKind = :kind AND e.subjectId = :id"
                        + " ORDER BY e.seq DESC", AuditEntryEntity.class)
                .setParameter("kind", kind.name()).setParameter("id", id).setMaxResults(max)
                .getResultStream().map(AuditTrail::toView).toList();
    }

    /** The newest entries of a user, newest first (for tests and the user's own page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> byActor(String username, int max) {
        return em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.actor = :actor ORDER BY e.seq DESC",
                        AuditEntryEntity.class).setParameter("actor", username).setMaxResults(max)
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
        for (long after = 0; ; ) {
            List<AuditEntryEntity> entries = em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.seq > :after"
                    + " ORDER BY e.seq", AuditEntryEntity.class).setParameter("after", after).setMaxResults(batch)
                    .getResultList();
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
                after = entry.seq;
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

    /** An entry as the pages show it; an entry written before names were kept is named by what it has. */
    static AuditEntry toView(AuditEntryEntity e) {
        return view(e.seq, e.occurredAt, e.actor, e.actorName, e.action, e.subjectKind, e.subjectId, e.subjectLabel,
                e.target, e.outcome, e.detail);
    }

    /** An entry from its columns, as {@link #toView} makes it (the audit page reads the columns in SQL). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static AuditEntry view(long seq, Instant occurredAt, String actor, String actorName, String action,
                                  String subjectKind, String subjectId, String subjectLabel, String target,
                                  String outcome, String detail) {
        String label = subjectLabel != null ? subjectLabel
                : target == null || target.isBlank() || UUID.matcher(target).matches() ? "" : target;
        return new AuditEntry(seq, occurredAt, actor, actorName == null ? actor : actorName, action,
                subjectKind == null ? SubjectKind.NONE.name() : subjectKind, subjectId == null ? "" : subjectId,
                label, outcome, UUID.matcher(detail).replaceAll("…"));
    }

    private static String bounded(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
