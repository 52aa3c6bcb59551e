package au.gov.dss.socialmedia.domain.common;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An employee's departmental email address, always in the department's domain ({@value #DOMAIN}) and kept in lower
 * case. The policy forbids using it to register personal social media accounts.
 *
 * @param value the address, for example {@code jane.citizen@dss.gov.au}
 */
public record WorkEmail(String value) {

    /** The department's email domain. */
    public static final String DOMAIN = "dss.gov.au";

    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9](?:[a-z0-9._+'-]{0,62}[a-z0-9])?");

    /** Refuses an address that is malformed or not in the department's domain. */
    public WorkEmail {
        Objects.requireNonNull(value, "work email must not be null");
        value = value.strip().toLowerCase(Locale.ROOT);
        int at = value.lastIndexOf('@');
        if (at <= 0 || !LOCAL_PART.matcher(value.substring(0, at)).matches() || value.contains("..")) {
            throw new IllegalArgumentException("work email '" + value + "' is not a valid email address");
        }
        if (!value.substring(at + 1).equals(DOMAIN)) {
            throw new IllegalArgumentException("work email '" + value + "' must be an address @" + DOMAIN);
        }
    }

    /** The address for the given text. */
    public static WorkEmail of(String value) {
        return new WorkEmail(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
