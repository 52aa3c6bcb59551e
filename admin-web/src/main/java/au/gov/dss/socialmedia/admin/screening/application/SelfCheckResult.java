package au.gov.dss.socialmedia.admin.screening.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

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
public record SelfCheckResult(String outcome, List<Finding> findings, List<Part> parts,
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

    /**
     * One finding.
     *
     * @param number its number, from 1, in the order of the text
     * @param category its category's code ({@code PERSONAL_DETAILS}...)
     * @param type the kind within the category ({@code PHONE}...), or null
     * @param severity {@code WARN} or {@code INFO}
     * @param clauseHeading the heading of the policy clause it rests on
     * @param clauseCitation the clause as cited: heading and id
     * @param clauseSummary what the clause says
     * @param advice what to do about it
     * @param excerpt the words of the draft it is about
     * @param start where they start in the draft
     * @param end where they end
     */
    public record Finding(int number, String category, String type, String severity, String clauseHeading,
                          String clauseCitation, String clauseSummary, String advice, String excerpt, int start,
                          int end) implements Serializable {
    }

    /**
     * A part of the draft.
     *
     * @param text its text
     * @param findings the numbers of the findings it is part of (none for plain text)
     */
    public record Part(String text, List<Integer> findings) implements Serializable {

        /** Copies the numbers. */
        public Part {
            findings = List.copyOf(findings);
        }

        /** Whether a finding covers it. */
        public boolean isMarked() {
            return !findings.isEmpty();
        }

        /** The numbers of its findings, for the mark's label: "1" or "1, 2". */
        public String numbers() {
            return findings.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }
}
