package au.gov.dss.socialmedia.records.mapping;

import java.util.Locale;

/** Turns Java names into words people read: {@code AuthorisationGranted} into {@code Authorisation granted}. */
public final class Labels {

    private Labels() {
    }

    /** The words of a camel-case or UPPER_SNAKE name, the first capitalised. */
    public static String humanize(String name) {
        if (name.isEmpty()) {
            return name;
        }
        String spaced;
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            spaced = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        } else {
            StringBuilder out = new StringBuilder(name.length() + 8);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isUpperCase(c) && i > 0) {
                    out.append(' ').append(Character.toLowerCase(c));
                } else {
                    out.append(c);
                }
            }
            spaced = out.toString();
        }
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The text cut to at most {@code max} characters on one line, with an ellipsis when cut. */
    public static String abbreviate(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        return line.substring(0, max - 1).strip() + "\u2026";
    }
}
