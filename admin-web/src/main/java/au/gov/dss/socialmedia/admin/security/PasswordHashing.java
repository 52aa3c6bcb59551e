package au.gov.dss.socialmedia.admin.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * PBKDF2 password hashes (Jakarta Security's {@link Pbkdf2PasswordHash}), with HMAC-SHA-256 and the iteration
 * count OWASP recommends, and the rules a new password must meet.
 */
@ApplicationScoped
public class PasswordHashing {

    /** The shortest password accepted. */
    public static final int MINIMUM_LENGTH = 12;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** The hash to store for the password. */
    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Whether the password matches the stored hash. */
    public boolean matches(char[] password, String storedHash) {
        return storedHash != null && hash.verify(password, storedHash);
    }

    /**
     * A new random one-time password: 20 characters from an alphabet without look-alikes (about 116 bits). It is
     * shown once, and must be changed at the first login.
     */
    public static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Why the password is too weak, or null when it is acceptable. */
    public static String weakness(String password, String username) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return "The password must be at least " + MINIMUM_LENGTH + " characters long.";
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            return "The password must not contain the user name.";
        }
        if (password.chars().distinct().count() < 6) {
            return "The password must use at least 6 different characters.";
        }
        return null;
    }
}
