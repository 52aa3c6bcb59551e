package au.gov.dss.socialmedia.admin.persistence;

import au.gov.dss.socialmedia.admin.application.Option;
import au.gov.dss.socialmedia.admin.application.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import java.util.List;
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
    public List<Option> employees() {
        return em.createQuery("SELECT e FROM EmployeeEntity e ORDER BY e.name, e.id", EmployeeEntity.class)
                .setMaxResults(1000).getResultStream()
                .map(e -> new Option(e.id, e.name + " (" + e.id + ")")).toList();
    }

    @Override
    public List<Option> accounts() {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.state <> 'DECOMMISSIONED'"
                        + " ORDER BY a.handleOrUrl, a.id", AccountEntity.class).setMaxResults(1000)
                .getResultStream().map(a -> new Option(a.id, a.handleOrUrl + " (" + a.platform + ")")).toList();
    }
}
