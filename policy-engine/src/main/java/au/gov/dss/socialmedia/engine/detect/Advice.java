package au.gov.dss.socialmedia.engine.detect;

import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.engine.rules.Rule;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import au.gov.dss.socialmedia.engine.rules.RuleSetException;

/**
 * The advice a finding carries: the rule's advice for the channel and, on a personal post, the policy's own
 * reflection questions, so that the engine guides an employee rather than blocks them.
 */
public final class Advice {

    /** The longest advice a finding can hold. */
    public static final int MAX_LENGTH = 2000;

    private Advice() {
    }

    /** The advice of the rule on the channel (the rule must apply on it). */
    public static String of(Rule rule, Channel channel, RuleSet ruleSet) {
        String advice = rule.adviceOn(channel).strip();
        if (channel == Channel.PERSONAL_POST && !ruleSet.reflectionQuestions().isEmpty()) {
            advice = advice + " Before you post, ask yourself: " + String.join(" ", ruleSet.reflectionQuestions());
        }
        if (advice.length() > MAX_LENGTH) {
            throw RuleSetException.inRule(rule.id(), "rule " + rule.id() + " gives advice on " + channel + " longer than "
                    + MAX_LENGTH + " characters (with the reflection questions)");
        }
        return advice;
    }
}
