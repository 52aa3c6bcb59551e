package au.gov.dss.socialmedia.admin.security;

import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The users of the admin app, in the {@code app_user} table. The changes an administrator makes
 * ({@link #register}, {@link #changeRoles}, {@link #disable}, {@link #enable}, {@link #resetPassword}) check the
 * {@link UserAdministrationPolicy} here, so that no caller can skip it.
 */
@ApplicationScoped
public class UserStore {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    /** For CDI. */
    protected UserStore() {
    }

    /** A store over the given entity manager (tests and tools outside the container). */
    public UserStore(EntityManager em) {
        this.em = em;
    }

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

    /**
     * Registers a user for an employee who has none yet; they must change the one-time password at first login.
     *
     * @param username the user name: 3 to 64 lower-case letters, digits, '.', '-' or '_', not taken in any case
     * @param employeeId the employee number of the person (checked by the caller to be in the directory)
     * @param passwordHash the hash of the one-time password
     * @param roles at least one role
     * @return the new user
     */
    @Transactional
    public UserEntity register(String username, String employeeId, String passwordHash, Set<AppRole> roles) {
        UserAdministrationPolicy.checkUsername(username);
        if (roles.isEmpty()) {
            throw new UserChangeRefusedException(Rule.NO_ROLE, username);
        }
        if (em.createQuery("SELECT COUNT(u) FROM UserEntity u WHERE LOWER(u.username) = :name", Long.class)
                .setParameter("name", username.toLowerCase(java.util.Locale.ROOT)).getSingleResult() > 0) {
            throw new UserChangeRefusedException(Rule.USERNAME_TAKEN, username);
        }
        if (findByEmployee(employeeId).isPresent()) {
            throw new UserChangeRefusedException(Rule.EMPLOYEE_HAS_USER, employeeId);
        }
        UserEntity user = new UserEntity(username, employeeId, passwordHash, roles);
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Someone registered the same name or employee between the checks and the insert.
            throw new UserChangeRefusedException(Rule.EMPLOYEE_HAS_USER, employeeId);
        }
        return user;
    }

    /**
     * Gives the user exactly these roles, unless that would leave them with none, take an administrator's own
     * administrator role, or leave no enabled CMB administrator.
     */
    @Transactional
    public void changeRoles(String actor, String username, Set<AppRole> roles) {
        UserEntity user = existing(username);
        UserAdministrationPolicy.checkRoles(actor, user, roles, enabledAdministratorsOtherThan(username));
        user.replaceRoles(roles);
    }

    /** Stops the user from logging in, unless they are the actor or the last enabled CMB administrator. */
    @Transactional
    public void disable(String actor, String username) {
        UserEntity user = existing(username);
        UserAdministrationPolicy.checkDisable(actor, user, enabledAdministratorsOtherThan(username));
        user.disable();
    }

    /** Lets the user log in again. */
    @Transactional
    public void enable(String username) {
        existing(username).enable();
    }

    /** Replaces the password by a one-time password that must be changed at the next login. */
    @Transactional
    public void resetPassword(String username, String passwordHash) {
        existing(username).resetPassword(passwordHash);
    }

    /**
     * How many enabled CMB administrators there are besides the user. Their rows stay locked until the transaction
     * ends, so that two administrators who disable each other at the same moment cannot leave nobody in charge.
     */
    @Transactional
    public long enabledAdministratorsOtherThan(String username) {
        return em.createQuery("SELECT u FROM UserEntity u JOIN u.roles r WHERE r = :role AND u.enabled = TRUE",
                        UserEntity.class).setParameter("role", AppRole.CMB_ADMINISTRATOR)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(user -> !user.username().equals(username)).count();
    }

    private UserEntity existing(String username) {
        return find(username).orElseThrow(() -> new UserChangeRefusedException(Rule.UNKNOWN_USER,
                String.valueOf(username)));
    }

    /** The stored hash, for verification. */
    public String storedHash(UserEntity user) {
        return user.passwordHash;
    }
}
