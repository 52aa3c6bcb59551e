package au.gov.dss.socialmedia.domain.common;

import java.util.Objects;

/**
 * Checks for free text entered by people (names, reasons, descriptions): required text is stripped of surrounding
 * white space, must not be blank and has a maximum length, so that no aggregate ever holds an empty or unbounded
 * string.
 */
public final class Text {

    private Text() {
    }

    /**
     * Returns the value stripped, or throws {@link IllegalArgumentException} naming the field when it is null,
     * blank or longer than {@code maxLength}.
     */
    public static String required(String field, String value, int maxLength) {
        Objects.requireNonNull(value, () -> field + " must not be null");
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters, but has "
                    + stripped.length());
        }
        return stripped;
    }

    /** Like {@link #required} but a null or blank value gives the empty string. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return required(field, value, maxLength);
    }
}
