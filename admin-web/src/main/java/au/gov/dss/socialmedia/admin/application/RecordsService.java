package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.admin.platform.RecordsSynchroniser;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.records.outbox.OutboxCounts;
import au.gov.dss.socialmedia.records.outbox.OutboxEntry;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import au.gov.dss.socialmedia.records.outbox.RecordStatus;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The records officers' use cases: see what is pending, failed (with the reason) or captured (with where), retry a
 * failed record, and re-check the fixity of a captured one. Records officers and auditors read; records officers
 * act.
 */
@ApplicationScoped
public class RecordsService {

    @Inject
    RecordOutbox outbox;

    @Inject
    RecordsSynchroniser synchroniser;

    @Inject
    CommandRunner commands;

    @Inject
    CurrentUser user;

    /** How many records are pending, failed and captured. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RecordCounts counts() {
        requireReader();
        try {
            OutboxCounts counts = outbox.counts();
            return new RecordCounts(counts.pending(), counts.failed(), counts.captured());
        } catch (SQLException e) {
            throw new IllegalStateException("the records outbox cannot be read", e);
        }
    }

    /** The records in the status, newest first. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<RecordRow> list(String status, int first, int size) {
        requireReader();
        try {
            return outbox.list(RecordStatus.valueOf(status), first, size).stream().map(RecordsService::row).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("the records outbox cannot be read", e);
        }
    }

    /** Puts a failed record back in the queue. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void retry(String recordId) {
        commands.run(ProtectedAction.RECORD_RETRY, recordId, () -> {
            try {
                if (!outbox.retry(UUID.fromString(recordId))) {
                    throw new IllegalArgumentException("record " + recordId + " is not a failed record");
                }
                return "queued again";
            } catch (SQLException e) {
                throw new IllegalStateException("the records outbox cannot be written", e);
            }
        });
    }

    /** Re-checks the fixity of a captured record; returns the problems found (none when it is intact). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<String> verify(String recordId) {
        AtomicReference<List<String>> problems = new AtomicReference<>(List.of());
        commands.run(ProtectedAction.RECORD_VERIFY, recordId, () -> {
            try {
                List<FixityCheck> checks = synchroniser.verify(UUID.fromString(recordId))
                        .orElseThrow(() -> new IllegalArgumentException("record " + recordId + " is not captured"));
                problems.set(checks.stream().flatMap(check -> check.problems().stream()
                        .map(problem -> check.receipt().target() + ": " + problem)).toList());
                return problems.get().isEmpty() ? "fixity intact" : String.join("; ", problems.get());
            } catch (SQLException e) {
                throw new IllegalStateException("the records outbox cannot be read", e);
            }
        });
        return problems.get();
    }

    private void requireReader() {
        if (!user.hasRole(AppRole.RECORDS_OFFICER) && !user.hasRole(AppRole.AUDITOR)) {
            throw new NotPermittedException("reading the records");
        }
    }

    private static RecordRow row(OutboxEntry entry) {
        return new RecordRow(entry.recordId().toString(), entry.recordType(), entry.title(), entry.occurredAt(),
                entry.status().name(), entry.attempts(), entry.lastError().orElse(""),
                entry.receipts().stream().map(r -> r.target() + " " + r.location()).collect(Collectors.joining(", ")));
    }
}
