package au.gov.dss.socialmedia.admin.platform.audit;

import au.gov.dss.socialmedia.admin.platform.listing.SubjectHistory;
import au.gov.dss.socialmedia.admin.platform.listing.RecordLine;
import au.gov.dss.socialmedia.admin.platform.listing.RecordTitles;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The history each thing's page shows: the newest {@value #SHOWN} audit entries about it and the newest
 * {@value #SHOWN} records kept of it (linked to it when they were asked for, {@code record_subject}). The caller
 * decides who may read it.
 */
@Dependent
public class History {

    /** How many entries and records a page shows. */
    public static final int SHOWN = 50;

    private final AuditTrail audit;
    private final EntityManager em;

    /** The history read from the audit trail and the records outbox. */
    @Inject
    public History(AuditTrail audit, EntityManager em) {
        this.audit = audit;
        this.em = em;
    }

    /** What happened to the thing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubjectHistory of(SubjectKind kind, String id) {
        List<?> rows = em.createNativeQuery("SELECT o.title, o.record_type, o.status, o.occurred_at, o.captured_at, o.event_id"
                        + " FROM record_subject s JOIN record_outbox o ON o.event_id = s.record_id"
                        + " WHERE s.subject_kind = ? AND s.subject_id = ? ORDER BY o.occurred_at DESC")
                .setParameter(1, kind.name()).setParameter(2, id).setMaxResults(SHOWN).getResultList();
        List<RecordLine> records = rows.stream().map(row -> (Object[]) row).map(row -> new RecordLine(
                RecordTitles.readable(Columns.text(row[0])), Columns.text(row[1]), Columns.text(row[2]),
                Columns.instant(row[3]),
                Columns.instant(row[4]), Columns.text(row[5]))).toList();
        return new SubjectHistory(audit.history(kind, id, SHOWN), records);
    }
}
