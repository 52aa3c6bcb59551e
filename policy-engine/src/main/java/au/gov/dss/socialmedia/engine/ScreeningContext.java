package au.gov.dss.socialmedia.engine;

import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.common.Decision;
import java.util.Optional;

/**
 * What the caller already knows about the author and the account, in the domain's own answers; the engine never
 * works these out itself. A refusal becomes a finding of category AUTHORITY, ACCOUNT_STATE or INITIATIVE_APPROVAL
 * citing the refusal's clause. Each part is null when the caller does not supply it.
 *
 * @param authority the answer of {@code AuthorityCheck.authorityFor(author, activity, account, at)}, or null
 * @param accountAcceptsPosts the account's decision whether it accepts posts now, or null
 * @param initiativeApproved the decision whether the initiative the account serves is approved, or null
 */
public record ScreeningContext(AuthorityAnswer authority, Decision accountAcceptsPosts,
                               Decision initiativeApproved) {

    private static final ScreeningContext NONE = new ScreeningContext(null, null, null);

    /** No context: only the content is screened. */
    public static ScreeningContext none() {
        return NONE;
    }

    /** The authority answer, if supplied. */
    public Optional<AuthorityAnswer> authorityIfAny() {
        return Optional.ofNullable(authority);
    }
}
