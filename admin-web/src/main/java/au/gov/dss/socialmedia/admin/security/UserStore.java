package au.gov.dss.socialmedia.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The users of the admin app, in the {@code app_user} table. */
@ApplicationScoped
public class UserStore {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    /** The user with this name, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserEntity> find(String username) {
        return Optional.ofNullable(em.find(UserEntity.class, username));
    }

    /** The user linked to the employee, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserEntity> findByEmployee(String employeeId) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.employeeId = :employee", UserEntity.class)
                .setParameter("employee", employeeId).getResultStream().findFirst();
    }

    /** Whether there is no user at all (a new installation). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult() == 0;
    }

    /** All users, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserEntity> all() {
        return em.createQuery("SELECT u FROM UserEntity u ORDER BY u.username", UserEntity.class).getResultList();
    }

    /** Creates a user who must change the password at first login. */
    @Transactional
    public UserEntity create(String username, String employeeId, String passwordHash, Set<AppRole> roles) {
        UserEntity user = new UserEntity(username, employeeId, passwordHash, roles);
        em.persist(user);
        return user;
    }

    /** Sets a new password hash and clears the must-change flag. */
    @Transactional
    public void changePassword(String username, String passwordHash) {
        UserEntity user = em.find(UserEntity.class, username);
        user.passwordHash = passwordHash;
        user.mustChangePassword = false;
    }

    /** The stored hash, for verification. */
    public String storedHash(UserEntity user) {
        return user.passwordHash;
    }
}
