package au.gov.dss.socialmedia.admin.account.persistence;

import au.gov.dss.socialmedia.admin.account.application.AccountFilter;
import au.gov.dss.socialmedia.admin.account.application.AccountListing;
import au.gov.dss.socialmedia.admin.account.application.AccountRow;
import au.gov.dss.socialmedia.admin.account.application.AccountView;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import au.gov.dss.socialmedia.admin.platform.persistence.SqlListing;
import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts as the pages read them, in SQL: the list's filter is written once ({@link #query}) and gives both the
 * bounded count and the page; the owning area's name is kept on the row (V10) and the administrator's comes by a
 * join on the page only, so the cost of a page does not grow with the table.
 */
@Dependent
class JpaAccountListing extends SqlListing<AccountFilter, AccountRow> implements AccountListing {

    private static final Map<String, String> SORTABLE = Map.of("address", "a.handle_or_url", "platform",
            "a.platform", "state", "a.state", "owningArea", "a.owning_area_name", "privacyNextDue",
            "a.privacy_next_due");
    private static final String COLUMNS = "a.id, a.platform, a.other_platform_name, a.handle_or_url,"
            + " a.owning_area_name, admin.name, a.state, a.privacy_next_due";


    /** A listing over the given entity manager. */
    @Inject
    JpaAccountListing(EntityManager em) {
        super(em, COLUMNS, SORTABLE, Sort.by("address"), "a.id");
    }

    @Override
    protected ListQuery query(AccountFilter filter) {
        return ListQuery.from("social_media_account a")
                .join("JOIN employee admin ON admin.id = a.administrator")
                .containing(filter.text(), "a.handle_or_url", "a.purpose")
                .equal("a.state", filter.state())
                .equal("a.platform", filter.platform());
    }


    @Override
    protected List<AccountRow> read(List<Object[]> page) {
        return page.stream().map(row -> new AccountRow(Columns.text(row[0]), platform(row[1], row[2]),
                Columns.text(row[3]), Columns.text(row[4]), Columns.text(row[5]), Columns.text(row[6]),
                Columns.date(row[7]))).toList();
    }

    @Override
    public Optional<AccountView> view(String accountId) {
        List<?> found = em().createNativeQuery("SELECT a.id, a.platform, a.other_platform_name, a.handle_or_url,"
                        + " a.purpose, a.owning_area_name, a.administrator, admin.name, a.initiative, i.title, a.state,"
                        + " a.proposed_at, a.decommission_reason, a.privacy_reviewed_on, reviewer.name,"
                        + " a.privacy_next_due, a.privacy_notes, a.branding_description, a.branding_approved_at,"
                        + " a.version FROM social_media_account a JOIN employee admin ON admin.id = a.administrator"
                        + " LEFT JOIN initiative i ON i.id = a.initiative"
                        + " LEFT JOIN employee reviewer ON reviewer.id = a.privacy_reviewer WHERE a.id = ?")
                .setParameter(1, String.valueOf(accountId)).getResultList();
        return found.stream().map(row -> (Object[]) row).findFirst().map(row -> {
            String platform = platform(row[1], row[2]);
            String handle = Columns.text(row[3]);
            return new AccountView(Columns.text(row[0]), platform + " " + handle, handle, platform,
                    Columns.text(row[4]), Columns.text(row[5]), Columns.text(row[6]), Columns.text(row[7]),
                    Columns.text(row[8]), Columns.text(row[9]), Columns.text(row[10]), Columns.instant(row[11]),
                    Columns.text(row[12]), Columns.date(row[13]), Columns.text(row[14]), Columns.date(row[15]),
                    Columns.text(row[16]), Columns.text(row[17]), Columns.instant(row[18]), Columns.number(row[19]));
        });
    }

    @Override
    public List<Option> privacyReviewOverdue(LocalDate day, int max) {
        return options(em().createNativeQuery("SELECT a.id, a.platform, a.other_platform_name, a.handle_or_url"
                + " FROM social_media_account a WHERE a.state <> 'DECOMMISSIONED'"
                + " AND (a.privacy_next_due IS NULL OR a.privacy_next_due < ?)"
                + " ORDER BY a.privacy_next_due NULLS FIRST, a.handle_or_url").setParameter(1, day)
                .setMaxResults(max).getResultList());
    }

    @Override
    public List<Option> proposed(int max) {
        return options(em().createNativeQuery("SELECT a.id, a.platform, a.other_platform_name, a.handle_or_url"
                + " FROM social_media_account a WHERE a.state = 'PROPOSED' ORDER BY a.proposed_at, a.id")
                .setMaxResults(max).getResultList());
    }

    @Override
    public Map<String, Long> countByState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : em().createNativeQuery("SELECT a.state, COUNT(*) FROM social_media_account a"
                + " GROUP BY a.state").getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(Columns.text(columns[0]), Columns.number(columns[1]));
        }
        return counts;
    }

    @Override
    public List<Option> matching(String text, int max) {
        return options(em().createNativeQuery("SELECT a.id, a.platform, a.other_platform_name, a.handle_or_url"
                        + " FROM social_media_account a WHERE a.state <> 'DECOMMISSIONED'"
                        + " AND LOWER(a.handle_or_url) LIKE ? ESCAPE '\\' ORDER BY a.handle_or_url, a.id")
                .setParameter(1, "%" + ListQuery.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%")
                .setMaxResults(max).getResultList());
    }

    @Override
    public boolean isRegistered(AccountAddress address) {
        return !em().createNativeQuery("SELECT 1 FROM social_media_account a WHERE a.platform = ?"
                        + " AND a.handle_or_url = ?").setParameter(1, address.platform().name())
                .setParameter(2, address.handleOrUrl()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<String> label(String accountId) {
        return accountId == null || accountId.isBlank() ? Optional.empty() : options(em().createNativeQuery(
                        "SELECT a.id, a.platform, a.other_platform_name, a.handle_or_url FROM social_media_account a"
                                + " WHERE a.id = ?").setParameter(1, accountId).getResultList()).stream()
                .findFirst().map(Option::label);
    }

    private static List<Option> options(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row).map(row -> new Option(Columns.text(row[0]),
                platform(row[1], row[2]) + " " + Columns.text(row[3]))).toList();
    }

    /** The platform's name as people know it: the domain's label, or the other platform's own name. */
    static String platform(Object platform, Object otherName) {
        String name = Columns.text(platform);
        return "OTHER".equals(name) ? Columns.text(otherName) : PlatformKind.valueOf(name).label();
    }
}
