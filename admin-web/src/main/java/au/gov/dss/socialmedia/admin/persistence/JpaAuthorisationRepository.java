package au.gov.dss.socialmedia.admin.persistence;

import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRepository;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The domain's authorisation repository on JPA. {@link #save} copies the authorisation's snapshot into its managed
 * rows (appending to the status history); the row's version detects concurrent changes. The queries narrow the
 * rows in SQL and, where the answer depends on the status history, confirm each result with the aggregate's own
 * rule, so they return exactly what the port asks for.
 */
@ApplicationScoped
public class JpaAuthorisationRepository implements AuthorisationRepository {

    private EntityManager em;

    /** For CDI's proxies. */
    protected JpaAuthorisationRepository() {
    }

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
            EmployeeEntity holder = em.find(EmployeeEntity.class, row.holder);
            if (holder == null) {
                throw new IllegalStateException("the holder " + row.holder + " is not in the employee directory");
            }
            row.holderName = holder.name;
            em.persist(row);
        } else {
            AuthorisationMapper.copy(authorisation, row);
        }
    }

    /**
     * Brings the holder's name kept on their authorisations up to date after the employee was renamed (V11), in
     * the caller's transaction; the authorisations' versions stay as they are, as nobody changed them.
     */
    static void holderRenamed(EntityManager em, String holder, String name) {
        em.createQuery("UPDATE AuthorisationEntity a SET a.holderName = :name WHERE a.holder = :holder"
                + " AND a.holderName <> :name").setParameter("name", name).setParameter("holder", holder)
                .executeUpdate();
    }

    /** The stored version of the authorisation, to detect that someone else changed it since it was shown. */
    public OptionalLong versionOf(AuthorisationId id) {
        AuthorisationEntity row = em.find(AuthorisationEntity.class, id.toString());
        return row == null ? OptionalLong.empty() : OptionalLong.of(row.version);
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
