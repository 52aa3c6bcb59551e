package au.gov.dss.socialmedia.admin.account.persistence;

import au.gov.dss.socialmedia.admin.employee.persistence.BusinessAreas;

import au.gov.dss.socialmedia.domain.account.AccountRepository;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The domain's account repository on JPA. {@link #save} copies the account's snapshot into its managed row;
 * the row's version detects concurrent changes.
 */
@Dependent
public class JpaAccountRepository implements AccountRepository {

    private final EntityManager em;

    /** A repository over the given entity manager. */
    @Inject
    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SocialMediaAccount> find(AccountId id) {
        return Optional.ofNullable(em.find(AccountEntity.class, id.toString())).map(this::toDomain);
    }

    @Override
    public void save(SocialMediaAccount account) {
        AccountEntity row = em.find(AccountEntity.class, account.id().toString());
        if (row == null) {
            row = new AccountEntity(account.id().toString());
            AccountMapper.copy(account, row);
            em.persist(row);
        } else {
            AccountMapper.copy(account, row);
        }
    }

    @Override
    public List<SocialMediaAccount> findByState(AccountState state) {
        return list(em.createQuery("SELECT a FROM AccountEntity a WHERE a.state = :state ORDER BY a.handleOrUrl",
                AccountEntity.class).setParameter("state", state.name()));
    }

    @Override
    public List<SocialMediaAccount> findAdministeredBy(EmployeeId administrator) {
        return list(em.createQuery("SELECT a FROM AccountEntity a WHERE a.administrator = :administrator"
                + " ORDER BY a.handleOrUrl", AccountEntity.class).setParameter("administrator", administrator.value()));
    }

    @Override
    public List<SocialMediaAccount> findPrivacyReviewOverdue(LocalDate day) {
        return list(em.createQuery("SELECT a FROM AccountEntity a WHERE a.state <> 'DECOMMISSIONED'"
                + " AND (a.privacyNextDue IS NULL OR a.privacyNextDue < :day) ORDER BY a.privacyNextDue",
                AccountEntity.class).setParameter("day", day));
    }

    private List<SocialMediaAccount> list(TypedQuery<AccountEntity> query) {
        return query.getResultList().stream().map(this::toDomain).toList();
    }

    private SocialMediaAccount toDomain(AccountEntity row) {
        BusinessAreas areas = new BusinessAreas(em);
        return AccountMapper.toDomain(row, areas::byCode);
    }
}
