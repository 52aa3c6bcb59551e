package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The domain's employee directory, kept in the {@code employee} table. */
@Dependent
public class JpaEmployeeDirectory implements EmployeeDirectory {

    private final EntityManager em;

    /** A directory over the given entity manager. */
    @Inject
    public JpaEmployeeDirectory(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Employee> find(EmployeeId id) {
        EmployeeEntity row = em.find(EmployeeEntity.class, id.value());
        return Optional.ofNullable(row).map(r -> EmployeeMapper.toDomain(r, new BusinessAreas(em)
                .byCode(r.businessArea).name()));
    }

    @Override
    public void save(Employee employee) {
        new BusinessAreas(em).ensure(employee.businessArea());
        EmployeeEntity row = em.find(EmployeeEntity.class, employee.id().value());
        if (row == null) {
            row = new EmployeeEntity(employee.id().value());
            EmployeeMapper.copy(employee, row);
            em.persist(row);
        } else {
            update(em, row, employee);
        }
    }

    /**
     * Copies a changed employee onto their stored row and, when the name changed, onto the copies of it kept on
     * their authorisations (V11), in the caller's transaction: the directory and the CSV import both update so.
     */
    static void update(EntityManager em, EmployeeEntity row, Employee employee) {
        boolean renamed = !row.name.equals(employee.name());
        EmployeeMapper.copy(employee, row);
        if (renamed) {
            // The register keeps a copy of the holder's name for its index in name order (V11): follow the rename.
            em.createNativeQuery("UPDATE authorisation SET holder_name = ?1 WHERE holder = ?2 AND holder_name <> ?3")
                    .setParameter(1, employee.name()).setParameter(2, row.id()).setParameter(3, employee.name())
                    .executeUpdate();
        }
    }

    /** Every business area, by name. */
    public List<BusinessArea> businessAreas() {
        return new BusinessAreas(em).all();
    }
}
