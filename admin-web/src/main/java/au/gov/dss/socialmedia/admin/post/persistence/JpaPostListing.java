package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.ClockProducer;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import au.gov.dss.socialmedia.admin.platform.persistence.SqlListing;
import au.gov.dss.socialmedia.admin.post.application.PostFilter;
import au.gov.dss.socialmedia.admin.post.application.PostListing;
import au.gov.dss.socialmedia.admin.post.application.PostRow;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The posts as lists, in SQL: the filter is written once ({@link #query}) for the bounded count and the page; the
 * account's address and the author's name come by joins on the page only. A scheduled post is an approved one with
 * a publication time; "when" is the time it was or is to be published.
 */
@Dependent
class JpaPostListing extends SqlListing<PostFilter, PostRow> implements PostListing {

    /** A draft that speaks for another area (not its account's, not CMB) whose consent it has not got. */
    private static final String AWAITING_CONSENT = "p.status = 'DRAFT' AND EXISTS (SELECT 1 FROM post_speaks_for s"
            + " JOIN social_media_account sa ON sa.id = p.account_id WHERE s.post_id = p.id"
            + " AND s.area_code <> sa.owning_area AND s.area_code <> 'CMB' AND NOT EXISTS (SELECT 1 FROM post_consent c"
            + " WHERE c.post_id = p.id AND c.area_code = s.area_code))";
    private static final String COLUMNS = "p.id, SUBSTRING(p.post_text, 1, 200), a.platform, a.other_platform_name,"
            + " a.handle_or_url, author.name, CASE WHEN " + AWAITING_CONSENT + " THEN '" + PostFilter.AWAITING_CONSENT
            + "' ELSE p.status END, p.publish_at, p.drafted_at, COALESCE(p.published_at, p.publish_at)";
    private static final Map<String, String> SORTABLE = Map.of("draftedAt", "p.drafted_at", "status", "p.status",
            "author", "author.name", "account", "a.handle_or_url", "when", "COALESCE(p.published_at, p.publish_at)");
    private static final Sort NEWEST_FIRST = new Sort("draftedAt", false);
    /** The most posts a calendar shows at once. */
    static final int CALENDAR_MOST = 2_000;
    private static final String JOIN_ACCOUNT = "JOIN social_media_account a ON a.id = p.account_id";
    private static final String JOIN_AUTHOR = "JOIN employee author ON author.id = p.author";

    /** A listing over the given entity manager. */
    @Inject
    JpaPostListing(EntityManager em) {
        super(em, COLUMNS, SORTABLE, NEWEST_FIRST, "p.id");
    }

    @Override
    protected ListQuery query(PostFilter filter) {
        boolean scheduled = PostFilter.SCHEDULED.equals(filter.status());
        boolean awaitingConsent = PostFilter.AWAITING_CONSENT.equals(filter.status());
        return ListQuery.from("official_post p")
                .join(JOIN_ACCOUNT)
                .join(JOIN_AUTHOR)
                .containing(filter.text(), "p.post_text")
                .equal("p.account_id", filter.account())
                .equal("p.author", filter.author())
                .whereIf(scheduled, "p.status = 'APPROVED' AND p.publish_at IS NOT NULL")
                .whereIf(awaitingConsent, AWAITING_CONSENT)
                .whereIf("DRAFT".equals(filter.status()), "NOT (" + AWAITING_CONSENT + ")")
                .equal("p.status", scheduled || awaitingConsent ? null : filter.status())
                .whereIf(filter.from() != null, "p.drafted_at >= ?", Columns.bind(startOf(filter.from())))
                .whereIf(filter.until() != null, "p.drafted_at < ?",
                        Columns.bind(filter.until() == null ? null : startOf(filter.until().plusDays(1))));
    }

    @Override
    protected List<PostRow> read(List<Object[]> page) {
        return page.stream().map(JpaPostListing::row).toList();
    }

    private static PostRow row(Object[] row) {
        String status = Columns.text(row[6]);
        boolean scheduled = "APPROVED".equals(status) && row[7] != null;
        return new PostRow(Columns.text(row[0]), Columns.text(row[1]),
                accountLabel(Columns.text(row[2]), Columns.text(row[3]), Columns.text(row[4])), Columns.text(row[5]),
                scheduled ? PostFilter.SCHEDULED : status, Columns.instant(row[8]), Columns.instant(row[9]));
    }

    /** The account as people write it: the platform's name, then the handle or URL. */
    static String accountLabel(String platform, String otherName, String handle) {
        PlatformKind kind = PlatformKind.valueOf(platform);
        return (kind == PlatformKind.OTHER ? otherName : kind.label()) + " " + handle;
    }

    @Override
    public List<Option> awaitingReview(String reviewerNumber, int max) {
        return options(em().createNativeQuery("SELECT p.id, SUBSTRING(p.post_text, 1, 80) FROM official_post p"
                        + " WHERE p.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM post_contributor c"
                        + " WHERE c.post_id = p.id AND c.employee_id = ?) ORDER BY p.drafted_at, p.id")
                .setParameter(1, reviewerNumber).setMaxResults(max).getResultList());
    }

    @Override
    public List<Option> askingConsentOf(String areaCode, String employeeNumber, int max) {
        return options(em().createNativeQuery("SELECT p.id, SUBSTRING(p.post_text, 1, 80) FROM official_post p"
                        + " JOIN post_speaks_for s ON s.post_id = p.id AND s.area_code = ?"
                        + " JOIN social_media_account a ON a.id = p.account_id AND a.owning_area <> s.area_code"
                        + " WHERE p.status = 'DRAFT' AND s.area_code <> 'CMB'"
                        + " AND NOT EXISTS (SELECT 1 FROM post_consent c WHERE c.post_id = p.id"
                        + " AND c.area_code = s.area_code)"
                        + " AND NOT EXISTS (SELECT 1 FROM post_consent_refusal r WHERE r.post_id = p.id"
                        + " AND r.area_code = s.area_code)"
                        + " AND NOT EXISTS (SELECT 1 FROM post_contributor w WHERE w.post_id = p.id"
                        + " AND w.employee_id = ?) ORDER BY p.drafted_at, p.id")
                .setParameter(1, areaCode).setParameter(2, employeeNumber).setMaxResults(max).getResultList());
    }

    @Override
    public List<Option> needingAuthor(String authorNumber, int max) {
        return options(em().createNativeQuery("SELECT p.id, SUBSTRING(p.post_text, 1, 80) FROM official_post p"
                        + " WHERE p.author = ? AND (p.status = 'REJECTED' OR p.publication_refusal IS NOT NULL)"
                        + " ORDER BY p.drafted_at DESC, p.id")
                .setParameter(1, authorNumber).setMaxResults(max).getResultList());
    }

    @Override
    public List<PostRow> between(String accountId, Instant from, Instant until) {
        ListQuery query = ListQuery.from("official_post p").join(JOIN_ACCOUNT).join(JOIN_AUTHOR)
                .equal("p.account_id", accountId)
                .where("COALESCE(p.published_at, p.publish_at, p.drafted_at) >= ?", Columns.bind(from))
                .where("COALESCE(p.published_at, p.publish_at, p.drafted_at) < ?", Columns.bind(until));
        return query.page(em(), COLUMNS.replace("COALESCE(p.published_at, p.publish_at)",
                        "COALESCE(p.published_at, p.publish_at, p.drafted_at)"), SORTABLE, new Sort("draftedAt", true),
                "draftedAt", "p.id", 0, CALENDAR_MOST).stream().map(JpaPostListing::row).toList();
    }

    @Override
    public List<String> dueBy(Instant now, int max) {
        return em().createNativeQuery("SELECT p.id FROM official_post p WHERE p.status = 'APPROVED'"
                        + " AND p.publish_at IS NOT NULL AND p.publish_at <= ? ORDER BY p.publish_at, p.id")
                .setParameter(1, Columns.bind(now)).setMaxResults(max).getResultList().stream()
                .map(Columns::text).toList();
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ClockProducer.CANBERRA).toInstant();
    }

    private static List<Option> options(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Option(Columns.text(row[0]), Columns.text(row[1]))).toList();
    }
}
