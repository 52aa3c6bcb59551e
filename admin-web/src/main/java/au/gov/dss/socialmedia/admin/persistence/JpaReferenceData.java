package au.gov.dss.socialmedia.admin.persistence;

import au.gov.dss.socialmedia.admin.application.Option;
import au.gov.dss.socialmedia.admin.application.ReferenceData;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The pick lists, straight from the tables. */
@ApplicationScoped
public class JpaReferenceData implements ReferenceData {

    private EntityManager em;

    /** For CDI's proxies. */
    protected JpaReferenceData() {
    }

    /** Reference data over the given entity manager. */
    @Inject
    public JpaReferenceData(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<BusinessArea> businessArea(String code) {
        return Optional.ofNullable(em.find(BusinessAreaEntity.class, code))
                .map(row -> new BusinessArea(row.code, row.name));
    }

    @Override
    public List<Option> businessAreas() {
        return em.createQuery("SELECT a FROM BusinessAreaEntity a ORDER BY a.name", BusinessAreaEntity.class)
                .getResultStream().map(a -> new Option(a.code, a.name)).toList();
    }

    @Override
    public List<Option> employeesOf(String businessAreaCode) {
        return em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.businessArea = :area ORDER BY e.name",
                        EmployeeEntity.class).setParameter("area", businessAreaCode).setMaxResults(500)
                .getResultStream().map(e -> new Option(e.id, e.name + " (" + e.id + ")")).toList();
    }

    @Override
    public List<Option> openInitiatives() {
        return em.createQuery("SELECT i FROM InitiativeEntity i WHERE i.status <> 'CLOSED' ORDER BY i.title",
                        InitiativeEntity.class).setMaxResults(500)
                .getResultStream().map(i -> new Option(i.id, i.title + " (" + i.status + ")")).toList();
    }

    @Override
    public List<Option> employeesMatching(String text, int max) {
        return em.createQuery("SELECT e FROM EmployeeEntity e WHERE LOWER(e.name) LIKE :text OR LOWER(e.id) LIKE :text"
                        + " ORDER BY e.name, e.id", EmployeeEntity.class)
                .setParameter("text", contains(text)).setMaxResults(max).getResultStream()
                .map(JpaReferenceData::employeeOption).toList();
    }

    @Override
    public List<Option> employeesOfMatching(String businessAreaCode, String text, int max) {
        return em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.businessArea = :area"
                        + " AND (LOWER(e.name) LIKE :text OR LOWER(e.id) LIKE :text) ORDER BY e.name, e.id",
                        EmployeeEntity.class)
                .setParameter("area", businessAreaCode).setParameter("text", contains(text)).setMaxResults(max)
                .getResultStream().map(JpaReferenceData::employeeOption).toList();
    }

    @Override
    public List<Option> accountsMatching(String text, int max) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.state <> 'DECOMMISSIONED'"
                        + " AND LOWER(a.handleOrUrl) LIKE :text ORDER BY a.handleOrUrl, a.id", AccountEntity.class)
                .setParameter("text", contains(text)).setMaxResults(max).getResultStream()
                .map(JpaReferenceData::accountOption).toList();
    }

    @Override
    public Optional<String> employeeLabel(String employeeNumber) {
        return Optional.ofNullable(employeeNumber).map(id -> em.find(EmployeeEntity.class, id))
                .map(e -> employeeOption(e).label());
    }

    @Override
    public Optional<String> accountLabel(String accountId) {
        return Optional.ofNullable(accountId).map(id -> em.find(AccountEntity.class, id))
                .map(a -> accountOption(a).label());
    }

    private static Option employeeOption(EmployeeEntity e) {
        return new Option(e.id, e.name + " (" + e.id + ")");
    }

    private static Option accountOption(AccountEntity a) {
        String platform = "OTHER".equals(a.platform) ? a.otherPlatformName : PlatformKind.valueOf(a.platform).label();
        return new Option(a.id, a.handleOrUrl + " (" + platform + ")");
    }

    private static String contains(String text) {
        String bare = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + bare + "%";
    }
}
