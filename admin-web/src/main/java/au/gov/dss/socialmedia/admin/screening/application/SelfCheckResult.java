package au.gov.dss.socialmedia.admin.screening.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The guidance of one self-check, as the page shows it.
 *
 * @param outcome {@code PASS} (nothing found) or {@code REVIEW} (worth another look); a personal post is never
 *                blocked
 * @param findings what was found, numbered in the order of the text
 * @param parts the draft cut into parts, each marked with the findings it is part of, to highlight them in place
 * @param reflectionQuestions the policy's questions for anyone about to comment personally
 * @param ruleSetVersion the rule-set version used
 * @param checkedAt when the check ran
 */
public record SelfCheckResult(String outcome, List<MarkedText.Mark> findings, List<MarkedText.Part> parts,
                              List<String> reflectionQuestions, String ruleSetVersion, Instant checkedAt)
        implements Serializable {

    /** Copies the lists. */
    public SelfCheckResult {
        findings = List.copyOf(findings);
        parts = List.copyOf(parts);
        reflectionQuestions = List.copyOf(reflectionQuestions);
    }

    /** Whether anything was found. */
    public boolean isClear() {
        return findings.isEmpty();
    }
}
