package au.gov.dss.socialmedia.domain.common;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks shared by the typed identifiers of this package. */
final class Identifiers {

    private static final Pattern TEXT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Identifiers() {
    }

    static UUID parseUuid(String kind, String text) {
        Objects.requireNonNull(text, () -> kind + " must not be null");
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(kind + " must be a UUID, but was '" + text + "'", e);
        }
    }

    static UUID requireUuid(String kind, UUID value) {
        return Objects.requireNonNull(value, () -> kind + " must not be null");
    }

    static String requireTextId(String kind, String value) {
        Objects.requireNonNull(value, () -> kind + " must not be null");
        if (!TEXT_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be 1 to 64 letters, digits, '.', '_' or '-'"
                    + " starting with a letter or digit, but was '" + value + "'");
        }
        return value;
    }
}
