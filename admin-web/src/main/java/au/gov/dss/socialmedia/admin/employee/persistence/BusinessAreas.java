package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Business areas by code, for the mappers and for the pick lists of the screens. */
public final class BusinessAreas {

    private final EntityManager em;

    public BusinessAreas(EntityManager em) {
        this.em = em;
    }

    public BusinessArea byCode(String code) {
        BusinessAreaEntity row = em.find(BusinessAreaEntity.class, code);
        if (row == null) {
            throw new IllegalStateException("business area " + code + " is referenced but not stored");
        }
        return new BusinessArea(row.code, row.name);
    }

    public void ensure(BusinessArea area) {
        if (em.find(BusinessAreaEntity.class, area.code()) == null) {
            em.persist(new BusinessAreaEntity(area.code(), area.name()));
        }
    }

    public List<BusinessArea> all() {
        return em.createQuery("SELECT a FROM BusinessAreaEntity a ORDER BY a.name", BusinessAreaEntity.class)
                .getResultList().stream().map(row -> new BusinessArea(row.code, row.name)).toList();
    }
}
