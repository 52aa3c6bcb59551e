package au.gov.dss.socialmedia.admin.platform.command;

import java.util.Optional;
import java.util.function.Function;

/** Ids as pages and addresses give them: text that may not be an id at all. */
public final class Ids {

    private Ids() {
    }

    /** The id the text names, or nothing when it names none (a mistyped or made-up address). */
    public static <I> Optional<I> parse(String text, Function<String, I> of) {
        try {
            return Optional.of(of.apply(text));
        } catch (RuntimeException notAnId) {
            return Optional.empty();
        }
    }
}
