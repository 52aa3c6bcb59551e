package au.gov.dss.socialmedia.engine.rules;

import java.util.Objects;

/**
 * One entry of a rule's lexicon: the words to match and, optionally, the finding type they report (overriding the
 * rule's type; for example a community lexicon's tag).
 *
 * @param text the words, as a person writes them (folded by the engine)
 * @param type the finding type for this term, or null for the rule's type
 */
public record Term(String text, String type) {

    /** Refuses a blank term. */
    public Term {
        Objects.requireNonNull(text, "term text must not be null");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("term text must not be blank");
        }
        if (type != null && type.isBlank()) {
            type = null;
        }
    }

    /** A term reporting the rule's own type. */
    public static Term of(String text) {
        return new Term(text, null);
    }
}
