package au.gov.dss.socialmedia.engine;

import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Span;
import au.gov.dss.socialmedia.engine.detect.Advice;
import au.gov.dss.socialmedia.engine.rules.DetectorKind;
import au.gov.dss.socialmedia.engine.rules.Rule;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules about what comes with the text: media (alternative text, captions, rights, branding) and the domain's
 * answers about the author and the account. Their findings point at the start of the text (an empty span at 0)
 * and name the media item in their advice.
 */
final class RequestRules {

    private static final Span NOWHERE = new Span(0, 0);

    private final RuleSet ruleSet;
    private final List<Rule> mediaRules = new ArrayList<>();
    private final List<Rule> contextRules = new ArrayList<>();

    RequestRules(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        for (Rule rule : ruleSet.rules()) {
            switch (rule.detector()) {
                case ALT_TEXT: case CAPTIONS: case RIGHTS_NOT_CLEARED: case RIGHTS_UNCONFIRMED: case BRANDING:
                    mediaRules.add(rule);
                    break;
                case AUTHORITY: case ACCOUNT_STATE: case INITIATIVE_APPROVAL:
                    contextRules.add(rule);
                    break;
                default:
                    break;
            }
        }
    }

    void screen(ScreeningRequest request, List<Finding> out) {
        Channel channel = request.channel();
        if (!request.media().isEmpty()) {
            for (Rule rule : mediaRules) {
                if (!rule.appliesTo(channel)) {
                    continue;
                }
                int number = 0;
                for (MediaItem item : request.media()) {
                    number++;
                    if (breaches(rule.detector(), item)) {
                        out.add(finding(rule, channel, rule.type(), rule.clauseOn(channel),
                                "Media item " + number + " (" + item.kind() + "): "
                                        + Advice.of(rule, channel, ruleSet)));
                    }
                }
            }
        }
        ScreeningContext context = request.context();
        for (Rule rule : contextRules) {
            if (!rule.appliesTo(channel)) {
                continue;
            }
            Refusal refusal = refusal(rule.detector(), context);
            if (refusal != null) {
                out.add(finding(rule, channel, refusal.code(), refusal.clause(),
                        refusal.reason() + ". " + Advice.of(rule, channel, ruleSet)));
            }
        }
    }

    private static boolean breaches(DetectorKind kind, MediaItem item) {
        switch (kind) {
            case ALT_TEXT:
                return item.kind() == MediaKind.IMAGE && !item.hasAltText();
            case CAPTIONS:
                return item.kind() != MediaKind.IMAGE && !Boolean.TRUE.equals(item.captioned());
            case RIGHTS_NOT_CLEARED:
                return Boolean.FALSE.equals(item.rightsCleared());
            case RIGHTS_UNCONFIRMED:
                return item.rightsCleared() == null;
            case BRANDING:
                return item.showsBranding() && !Boolean.TRUE.equals(item.brandingApproved());
            default:
                return false;
        }
    }

    private static Refusal refusal(DetectorKind kind, ScreeningContext context) {
        switch (kind) {
            case AUTHORITY:
                return context.authority() instanceof AuthorityAnswer.DoesNotHold
                        ? ((AuthorityAnswer.DoesNotHold) context.authority()).refusal() : null;
            case ACCOUNT_STATE:
                return refusalOf(context.accountAcceptsPosts());
            case INITIATIVE_APPROVAL:
                return refusalOf(context.initiativeApproved());
            default:
                return null;
        }
    }

    private static Refusal refusalOf(Decision decision) {
        return decision instanceof Decision.Refused ? ((Decision.Refused) decision).refusal() : null;
    }

    private static Finding finding(Rule rule, Channel channel, String type,
                                   au.gov.dss.socialmedia.domain.common.PolicyClause clause, String advice) {
        String text = advice.length() > Advice.MAX_LENGTH ? advice.substring(0, Advice.MAX_LENGTH) : advice;
        return new Finding(rule.category(), type, rule.severities().get(channel), NOWHERE, rule.id(), clause, text);
    }
}
