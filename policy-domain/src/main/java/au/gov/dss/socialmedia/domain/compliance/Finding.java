package au.gov.dss.socialmedia.domain.compliance;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing in a post or comment that breaches, or may breach, the policy: what it is, how much it matters, where
 * exactly it lies, which rule found it, which clause it breaches, and what a person should do about it.
 *
 * @param category what kind of breach
 * @param type the kind within the category where relevant (for personal details: {@code TFN}, {@code PHONE},
 *             ...), otherwise null
 * @param severity how much it matters
 * @param span where it lies in the screened text
 * @param ruleId the id of the rule in the rule set that found it
 * @param clause the policy clause it breaches
 * @param advice what to do about it, in words a person can act on
 */
public record Finding(Category category, String type, Severity severity, Span span, String ruleId,
                      PolicyClause clause, String advice) {

    /** Refuses missing parts, a blank rule id or blank advice. */
    public Finding {
        Objects.requireNonNull(category, "finding category must not be null");
        if (type != null && type.isBlank()) {
            type = null;
        }
        Objects.requireNonNull(severity, "finding severity must not be null");
        Objects.requireNonNull(span, "finding span must not be null");
        ruleId = Text.required("finding rule id", ruleId, 200);
        Objects.requireNonNull(clause, "finding clause must not be null");
        advice = Text.required("finding advice", advice, 2000);
    }

    /** The type within the category, if there is one. */
    public Optional<String> typeIfAny() {
        return Optional.ofNullable(type);
    }

    /** Whether this finding blocks publication. */
    public boolean isBlocking() {
        return severity == Severity.BLOCK;
    }
}
