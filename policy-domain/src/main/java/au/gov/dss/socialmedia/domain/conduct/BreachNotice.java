package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The written notice given to the employee of the suspected breach (the behaviours of the matter) and the range of
 * sanctions that may be imposed, with the deadline for a response.
 *
 * @param givenBy the officer who gave it
 * @param givenAt when
 * @param rangeOfSanctions the sanctions that may be imposed, at least one
 * @param responseDeadline until when the employee may respond, after {@code givenAt}
 */
public record BreachNotice(EmployeeId givenBy, Instant givenAt, Set<SanctionKind> rangeOfSanctions,
                           Instant responseDeadline) {

    /** Refuses missing parts, an empty range and a deadline not after the notice. */
    public BreachNotice {
        Objects.requireNonNull(givenBy, "notice given by must not be null");
        Objects.requireNonNull(givenAt, "notice time must not be null");
        rangeOfSanctions = Checks.nonEmptyEnumSet("range of sanctions", SanctionKind.class, rangeOfSanctions);
        Objects.requireNonNull(responseDeadline, "response deadline must not be null");
        if (!responseDeadline.isAfter(givenAt)) {
            throw new IllegalArgumentException("response deadline " + responseDeadline
                    + " must be after the notice at " + givenAt);
        }
    }
}
