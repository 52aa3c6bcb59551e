package au.gov.dss.socialmedia.admin.audit.application;

import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.platform.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.NotPermittedException;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The audit trail for auditors: searched by words, action, outcome and dates (days in Canberra), paged in the
 * database, exported as searched (a date range), and its hash chain verified. Auditors only, checked here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueries implements ListSource<AuditFilter, AuditEntry> {

    private static final long serialVersionUID = 1L;

    private transient AuditListing listing;
    private transient AuditTrail trail;
    private transient CurrentUser user;
    private transient CommandRunner commands;
    private transient Clock clock;

    /** For CDI's proxies. */
    protected AuditQueries() {
    }

    /** The queries over their ports. */
    @Inject
    public AuditQueries(AuditListing listing, AuditTrail trail, CurrentUser user, CommandRunner commands,
                        Clock clock) {
        this.listing = listing;
        this.trail = trail;
        this.user = user;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public ListCount count(AuditFilter filter) {
        requireAuditor();
        return listing.count(filter, start(filter.from()), start(filter.until() == null ? null
                : filter.until().plusDays(1)));
    }

    @Override
    public List<AuditEntry> rows(AuditFilter filter, int first, int size) {
        requireAuditor();
        return listing.rows(filter, start(filter.from()), start(filter.until() == null ? null
                : filter.until().plusDays(1)), first, size);
    }

    /** Every entry matching the search (at most {@link ListSource#EXPORT_LIMIT}), for an export; audited. */
    public List<AuditEntry> export(AuditFilter filter) {
        return commands.run(ProtectedAction.AUDIT_EXPORT, Subject.none("the audit trail"), () -> {
            List<AuditEntry> rows = all(filter);
            return Done.returning(rows, "Exported " + rows.size() + " entries"
                    + (filter.from() == null ? "" : " from " + filter.from())
                    + (filter.until() == null ? "" : " to " + filter.until()));
        });
    }

    /** Re-computes the whole chain; the problems found (none when intact). */
    public List<String> verify() {
        requireAuditor();
        return trail.verify();
    }

    /** The actions the trail records, by key (every protected action, and the password change). */
    public List<String> actions() {
        return Arrays.stream(ProtectedAction.values()).map(ProtectedAction::auditName).sorted().toList();
    }

    /** The outcomes an entry can have. */
    public List<String> outcomes() {
        return Arrays.stream(AuditTrail.Outcome.values()).map(Enum::name).toList();
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private void requireAuditor() {
        if (!user.hasRole(AppRole.AUDITOR)) {
            throw new NotPermittedException("reading the audit trail");
        }
    }
}
