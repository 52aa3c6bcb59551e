package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The prior consent and advice of another business area for a post that speaks about its business.
 *
 * @param area the business area that consented
 * @param givenBy who gave consent for it
 * @param givenOn when
 * @param advice the advice it gave (may be empty)
 */
public record BusinessAreaConsent(BusinessArea area, EmployeeId givenBy, LocalDate givenOn, String advice) {

    /** Refuses missing parts. */
    public BusinessAreaConsent {
        Objects.requireNonNull(area, "consenting business area must not be null");
        Objects.requireNonNull(givenBy, "consent giver must not be null");
        Objects.requireNonNull(givenOn, "consent date must not be null");
        advice = Text.optional("consent advice", advice, 2000);
    }
}
