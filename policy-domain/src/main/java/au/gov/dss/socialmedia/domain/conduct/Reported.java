package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ConductMatterReported;
import java.util.Objects;

/**
 * The result of reporting a suspected breach: the new conduct matter and the event that records the report.
 *
 * @param matter the new matter, in stage {@link ConductMatterStage#REPORTED}
 * @param event the record of the report
 */
public record Reported(ConductMatter matter, ConductMatterReported event) {

    /** Refuses missing parts. */
    public Reported {
        Objects.requireNonNull(matter, "conduct matter must not be null");
        Objects.requireNonNull(event, "event must not be null");
    }
}
