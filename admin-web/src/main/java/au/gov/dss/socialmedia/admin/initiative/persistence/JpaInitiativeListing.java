package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.initiative.application.InitiativeFilter;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeListing;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeRow;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import au.gov.dss.socialmedia.admin.platform.persistence.SqlListing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The initiatives list, in SQL: the filter is written once ({@link #query}) for the bounded count and the page; the
 * sponsoring area's and the submitter's names come by joins on the page only.
 */
@Dependent
class JpaInitiativeListing extends SqlListing<InitiativeFilter, InitiativeRow> implements InitiativeListing {

    private static final Map<String, String> SORTABLE = Map.of("title", "i.title", "sponsoringArea", "area.name",
            "status", "i.status", "draftedAt", "i.drafted_at");
    private static final Sort NEWEST_FIRST = new Sort("draftedAt", false);


    /** A listing over the given entity manager. */
    @Inject
    JpaInitiativeListing(EntityManager em) {
        super(em, "i.id, i.title, area.name, submitter.name, i.status, i.drafted_at", SORTABLE, NEWEST_FIRST, "i.id");
    }

    @Override
    protected ListQuery query(InitiativeFilter filter) {
        return ListQuery.from("initiative i")
                .join("JOIN business_area area ON area.code = i.sponsoring_area")
                .join("JOIN employee submitter ON submitter.id = i.submitter")
                .containing(filter.text(), "i.title")
                .equal("i.status", filter.status())
                .equal("i.sponsoring_area", filter.area());
    }


    @Override
    protected List<InitiativeRow> read(List<Object[]> page) {
        return page.stream().map(row -> new InitiativeRow(Columns.text(row[0]), Columns.text(row[1]),
                Columns.text(row[2]), Columns.text(row[3]), Columns.text(row[4]), Columns.instant(row[5]))).toList();
    }

    @Override
    public List<Option> awaitingDecision(int max) {
        return options(em().createQuery("SELECT i.id, i.title FROM InitiativeEntity i WHERE i.status IN :statuses"
                        + " ORDER BY i.draftedAt, i.id", Object[].class)
                .setParameter("statuses", statuses(InitiativeStatus::isAwaitingDecision)).setMaxResults(max)
                .getResultList());
    }

    @Override
    public List<Option> openForRevisionBy(String employeeNumber, int max) {
        return options(em().createQuery("SELECT i.id, i.title FROM InitiativeEntity i WHERE i.submitter = :submitter"
                        + " AND i.status IN :statuses ORDER BY i.draftedAt DESC, i.id", Object[].class)
                .setParameter("submitter", employeeNumber)
                .setParameter("statuses", statuses(InitiativeStatus::isOpenForRevision)).setMaxResults(max)
                .getResultList());
    }

    /** The names of the statuses the domain's predicate holds for. */
    private static List<String> statuses(Predicate<InitiativeStatus> which) {
        return Arrays.stream(InitiativeStatus.values()).filter(which).map(Enum::name).toList();
    }

    private static List<Option> options(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Option(Columns.text(row[0]), Columns.text(row[1]))).toList();
    }
}
