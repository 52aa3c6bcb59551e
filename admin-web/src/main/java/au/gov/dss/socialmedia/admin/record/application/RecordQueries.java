package au.gov.dss.socialmedia.admin.record.application;

import au.gov.dss.socialmedia.admin.platform.listing.RecordTitles;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.listing.ListQueries;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.NotPermittedException;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Ids;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.records.outbox.OutboxCounts;
import au.gov.dss.socialmedia.records.outbox.OutboxEntry;
import au.gov.dss.socialmedia.records.mapping.RecordType;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the records pages read: the list of records (paged and filtered in the database, exported as filtered), how
 * many are pending, failed and captured, and a record's page. Records officers and auditors only, checked here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordQueries extends ListQueries<RecordFilter, RecordRow> {

    private static final long serialVersionUID = 1L;

    private transient RecordListing listing;
    private transient RecordOutbox outbox;
    private transient CurrentUser user;

    /** For CDI's proxies. */
    protected RecordQueries() {
    }

    /** The queries over their ports. */
    @Inject
    public RecordQueries(RecordListing listing, RecordOutbox outbox, CurrentUser user, CommandRunner commands) {
        super(listing, commands, ProtectedAction.RECORD_EXPORT, "records");
        this.listing = listing;
        this.outbox = outbox;
        this.user = user;
    }

    @Override
    public ListCount count(RecordFilter filter) {
        requireReader();
        return listing.count(filter);
    }

    @Override
    public List<RecordRow> rows(RecordFilter filter, int first, int size) {
        requireReader();
        return listing.rows(filter, first, size);
    }

    /** How many records are pending, failed and captured. */
    public RecordCounts counts() {
        requireReader();
        try {
            OutboxCounts counts = outbox.counts();
            return new RecordCounts(counts.pending(), counts.failed(), counts.captured());
        } catch (SQLException e) {
            throw new IllegalStateException("the records outbox cannot be read", e);
        }
    }

    /** The failed records, newest first (for My work): at most {@code max}. */
    public List<RecordRow> failed(int max) {
        requireReader();
        return listing.rows(new RecordFilter(null, "FAILED", null, null), 0, max);
    }

    /** The record's page, if there is such a record. */
    public Optional<RecordDetail> detail(String recordId) {
        requireReader();
        Optional<UUID> id = Ids.parse(recordId, UUID::fromString);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Subject> subject = listing.subjectOf(id.get().toString());
            return outbox.find(id.get()).map(entry -> detail(entry, subject));
        } catch (SQLException e) {
            throw new IllegalStateException("the records outbox cannot be read", e);
        }
    }

    private static RecordDetail detail(OutboxEntry entry, Optional<Subject> subject) {
        return new RecordDetail(entry.recordId().toString(), RecordTitles.readable(entry.title()), entry.recordType(),
                entry.occurredAt(),
                entry.requestedAt(), entry.status().name(), entry.attempts(),
                entry.status().name().equals("PENDING") ? entry.nextAttemptAt() : null,
                entry.lastError().orElse(null), entry.capturedAt().orElse(null),
                entry.receipts().stream().map(r -> r.target() + ": " + r.location()).toList(),
                subject.map(s -> s.kind().name()).orElse(null), subject.map(Subject::id).orElse(null),
                entry.jsonSha256());
    }

    /** The record types, for the filter. */
    public List<String> types() {
        return Arrays.stream(RecordType.values()).map(RecordType::code).sorted().toList();
    }

    /** A record type in words ("Account suspended"), or null for a code no record type has. */
    public String typeLabel(String code) {
        try {
            return RecordType.byCode(code).label();
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The statuses a record can be in. */
    public List<String> statuses() {
        return List.of("FAILED", "PENDING", "CAPTURED");
    }

    private void requireReader() {
        if (!user.hasRole(AppRole.RECORDS_OFFICER) && !user.hasRole(AppRole.AUDITOR)) {
            throw new NotPermittedException("reading the records");
        }
    }
}
