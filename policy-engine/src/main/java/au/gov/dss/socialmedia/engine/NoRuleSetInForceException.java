package au.gov.dss.socialmedia.engine;

import java.time.LocalDate;

/** No rule set the engine holds was in force on the date asked for. */
public class NoRuleSetInForceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** None in force on the date; the earliest held takes effect on {@code earliest}. */
    public NoRuleSetInForceException(LocalDate date, LocalDate earliest) {
        super("no rule set is in force on " + date + "; the earliest the engine holds takes effect on " + earliest);
    }
}
