package au.gov.dss.socialmedia.admin.platform.listing;

import java.io.Serializable;
import java.util.List;

/**
 * What happened to one thing: the audit trail's entries about it, newest first (refused tries included), and the
 * records kept of it.
 *
 * @param entries the audit entries
 * @param records the records
 */
public record SubjectHistory(List<AuditEntry> entries, List<RecordLine> records) implements Serializable {

    /** Copies the lists. */
    public SubjectHistory {
        entries = List.copyOf(entries);
        records = List.copyOf(records);
    }
}
