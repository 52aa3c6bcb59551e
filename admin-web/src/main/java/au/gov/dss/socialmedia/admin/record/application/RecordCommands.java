package au.gov.dss.socialmedia.admin.record.application;

import au.gov.dss.socialmedia.admin.platform.RecordsSynchroniser;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The records officers' commands: retry a failed record, and re-check the fixity of a captured one (auditors too).
 * Each is checked and audited by the {@link CommandRunner}.
 */
@ApplicationScoped
public class RecordCommands {

    private RecordOutbox outbox;
    private RecordsSynchroniser synchroniser;
    private CommandRunner commands;

    /** For CDI's proxies. */
    protected RecordCommands() {
    }

    /** The commands over the outbox and the synchroniser. */
    @Inject
    public RecordCommands(RecordOutbox outbox, RecordsSynchroniser synchroniser, CommandRunner commands) {
        this.outbox = outbox;
        this.synchroniser = synchroniser;
        this.commands = commands;
    }

    /** Puts a failed record back in the queue. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void retry(String recordId) {
        commands.run(ProtectedAction.RECORD_RETRY, subject(recordId), () -> {
            try {
                if (!outbox.retry(id(recordId))) {
                    throw new IllegalArgumentException("the record is not a failed record");
                }
                return Done.did("Queued again");
            } catch (SQLException e) {
                throw new IllegalStateException("the records outbox cannot be written", e);
            }
        });
    }

    /** Re-checks the fixity of a captured record; returns the problems found (none when it is intact). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<String> verify(String recordId) {
        return commands.run(ProtectedAction.RECORD_VERIFY, subject(recordId), () -> {
            try {
                List<FixityCheck> checks = synchroniser.verify(id(recordId))
                        .orElseThrow(() -> new IllegalArgumentException("the record is not captured"));
                List<String> problems = checks.stream().flatMap(check -> check.problems().stream()
                        .map(problem -> check.receipt().target() + ": " + problem)).toList();
                return Done.returning(problems, problems.isEmpty() ? "Fixity intact" : String.join("; ", problems));
            } catch (SQLException e) {
                throw new IllegalStateException("the records outbox cannot be read", e);
            }
        });
    }

    private Subject subject(String recordId) {
        try {
            return outbox.find(id(recordId)).map(entry -> Subject.of(SubjectKind.RECORD, recordId, entry.title()))
                    .orElse(Subject.of(SubjectKind.RECORD, String.valueOf(recordId), "an unknown record"));
        } catch (SQLException | IllegalArgumentException unreadable) {
            return Subject.of(SubjectKind.RECORD, String.valueOf(recordId), "an unknown record");
        }
    }

    private static UUID id(String recordId) {
        try {
            return UUID.fromString(String.valueOf(recordId));
        } catch (IllegalArgumentException notAnId) {
            throw new IllegalArgumentException("there is no such record");
        }
    }
}
