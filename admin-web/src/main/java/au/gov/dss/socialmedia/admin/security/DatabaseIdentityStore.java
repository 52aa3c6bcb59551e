package au.gov.dss.socialmedia.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Checks user names and passwords against the {@code app_user} table and gives the user's roles. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DatabaseIdentityStore.class.getName());

    /** Verified against when the user is unknown, so that unknown and known users take the same time. */
    private static final String DUMMY_HASH = "PBKDF2WithHmacSHA256:210000:"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Inject
    UserStore users;

    @Inject
    PasswordHashing hashing;

    /** Validates a user name and password. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<UserEntity> user = users.find(credential.getCaller());
        char[] password = credential.getPassword().getValue();
        if (user.isEmpty() || !user.get().enabled()) {
            hashing.matches(password, DUMMY_HASH);
            LOG.info(() -> "Failed login for unknown or disabled user '" + credential.getCaller() + "'");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hashing.matches(password, users.storedHash(user.get()))) {
            LOG.info(() -> "Failed login for user '" + credential.getCaller() + "'");
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().username(),
                user.get().roles().stream().map(AppRole::name).collect(Collectors.toSet()));
    }
}
