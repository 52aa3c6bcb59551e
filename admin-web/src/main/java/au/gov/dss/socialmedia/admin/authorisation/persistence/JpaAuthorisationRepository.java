package au.gov.dss.socialmedia.admin.authorisation.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.Batches;

import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRepository;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The domain's authorisation repository on JPA. {@link #save} copies the authorisation's snapshot into its managed
 * rows (appending to the status history); the row's version detects concurrent changes. The queries narrow the
 * rows in SQL and, where the answer depends on the status history, confirm each result with the aggregate's own
 * rule, so they return exactly what the port asks for.
 */
@Dependent
public class JpaAuthorisationRepository implements AuthorisationRepository {

    private final EntityManager em;

    /** A repository over the given entity manager. */
    @Inject
    public JpaAuthorisationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Authorisation> find(AuthorisationId id) {
        return Optional.ofNullable(em.find(AuthorisationEntity.class, id.toString()))
                .map(AuthorisationMapper::toDomain);
    }

    @Override
    public void save(Authorisation authorisation) {
        AuthorisationEntity row = em.find(AuthorisationEntity.class, authorisation.id().toString());
        if (row == null) {
            row = new AuthorisationEntity(authorisation.id().toString());
            AuthorisationMapper.copy(authorisation, row);
            // The holder never changes; their name is copied once here and followed by holderRenamed after.
            String holder = row.holder;
            row.holderName = em.createQuery("SELECT e.name FROM EmployeeEntity e WHERE e.id = :id", String.class)
                    .setParameter("id", holder).getResultStream().findFirst().orElseThrow(() ->
                            new IllegalStateException("the holder " + holder + " is not in the employee directory"));
            em.persist(row);
        } else {
            AuthorisationMapper.copy(authorisation, row);
        }
    }

    @Override
    public List<Authorisation> findByHolder(EmployeeId holder) {
        return list(em.createQuery("SELECT a FROM AuthorisationEntity a WHERE a.holder = :holder"
                + " ORDER BY a.grantedAt, a.id", AuthorisationEntity.class).setParameter("holder", holder.value()));
    }

    /**
     * {@inheritDoc} SQL keeps the rows whose period contains the instant, granted by then, whose last status change
     * is GRANTED or came after the instant, and whose scope includes the account; the status history then decides.
     */
    @Override
    public List<Authorisation> findInForceFor(AccountId account, Instant at) {
        return list(em.createQuery("SELECT a FROM AuthorisationEntity a WHERE a.validFrom <= :at"
                        + " AND a.grantedAt <= :at AND a.validUntil > :at"
                        + " AND (a.status = 'GRANTED' OR a.statusChangedAt > :at)"
                        + " AND (a.allCmbAccounts = TRUE OR a.id IN (SELECT n.id FROM AuthorisationEntity n"
                        + " JOIN n.accounts named WHERE named = :account))"
                        + " ORDER BY a.validUntil, a.id", AuthorisationEntity.class)
                .setParameter("at", at).setParameter("account", account.toString()))
                .stream().filter(authorisation -> authorisation.isInForceAt(at)).toList();
    }

    @Override
    public List<Authorisation> findEndingBetween(Instant from, Instant to) {
        return list(em.createQuery("SELECT a FROM AuthorisationEntity a WHERE a.validUntil >= :from"
                        + " AND a.validUntil < :to AND a.status IN ('GRANTED', 'SUSPENDED')"
                        + " ORDER BY a.validUntil, a.id", AuthorisationEntity.class)
                .setParameter("from", from).setParameter("to", to));
    }

    private List<Authorisation> list(TypedQuery<AuthorisationEntity> query) {
        return Batches.fetch(query, "a", "accounts", "activities", "history").getResultList().stream()
                .map(AuthorisationMapper::toDomain).toList();
    }
}
