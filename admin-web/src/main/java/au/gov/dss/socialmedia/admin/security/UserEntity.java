package au.gov.dss.socialmedia.admin.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A user of the admin app, linked to the employee they are, with a PBKDF2 password hash and roles. */
@Entity
@Table(name = "app_user")
public class UserEntity {

    @Id
    String username;

    String employeeId;

    String passwordHash;

    boolean mustChangePassword;

    boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    Set<AppRole> roles = new HashSet<>();

    @Version
    long version;

    /** For JPA. */
    protected UserEntity() {
    }

    UserEntity(String username, String employeeId, String passwordHash, Set<AppRole> roles) {
        this.username = username;
        this.employeeId = employeeId;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.enabled = true;
        this.mustChangePassword = true;
    }

    /** The user name. */
    public String username() {
        return username;
    }

    /** The employee number of the person. */
    public String employeeId() {
        return employeeId;
    }

    /** The roles held. */
    public Set<AppRole> roles() {
        return Set.copyOf(roles);
    }

    /** Whether the password must be changed before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether the user may log in. */
    public boolean enabled() {
        return enabled;
    }

    /** The optimistic-locking version, which every change carries to detect someone else's change. */
    public long version() {
        return version;
    }

    void replaceRoles(Set<AppRole> replacement) {
        roles.retainAll(replacement);
        roles.addAll(replacement);
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    void resetPassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        mustChangePassword = true;
    }
}
