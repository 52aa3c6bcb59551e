package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.Batches;
import au.gov.dss.socialmedia.admin.employee.persistence.BusinessAreas;

import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.InitiativeRepository;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The domain's initiative repository on JPA. {@link #save} copies the initiative's snapshot into its managed rows
 * (the sponsoring business area is added to the stored areas if it is new); the row's version detects concurrent
 * changes.
 */
@Dependent
public class JpaInitiativeRepository implements InitiativeRepository {

    private final EntityManager em;

    /** A repository over the given entity manager. */
    @Inject
    public JpaInitiativeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Initiative> find(InitiativeId id) {
        return Optional.ofNullable(em.find(InitiativeEntity.class, id.toString())).map(this::toDomain);
    }

    @Override
    public void save(Initiative initiative) {
        new BusinessAreas(em).ensure(initiative.sponsoringArea());
        InitiativeEntity row = em.find(InitiativeEntity.class, initiative.id().toString());
        if (row == null) {
            row = new InitiativeEntity(initiative.id().toString());
            InitiativeMapper.copy(initiative, row);
            em.persist(row);
        } else {
            InitiativeMapper.copy(initiative, row);
        }
    }

    /** {@inheritDoc} Oldest draft first. */
    @Override
    public List<Initiative> findByStatus(InitiativeStatus status) {
        return Batches.fetch(em.createQuery("SELECT i FROM InitiativeEntity i WHERE i.status = :status"
                                + " ORDER BY i.draftedAt, i.id", InitiativeEntity.class)
                        .setParameter("status", status.name()), "i", "channels", "risks", "decisions")
                .getResultList().stream().map(this::toDomain).toList();
    }

    private Initiative toDomain(InitiativeEntity row) {
        BusinessAreas areas = new BusinessAreas(em);
        return InitiativeMapper.toDomain(row, areas::byCode);
    }
}
