package au.gov.dss.socialmedia.admin.screening.application;

import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A screened text as a page shows it: the outcome, the findings numbered in the order of the text (each with its
 * category, severity, clause and advice, and the words it is about), and the text cut into parts, each marked with
 * the findings that cover it, so that every finding is highlighted in place (overlapping ones once, with every
 * number). Findings about the content as a whole (media, the account, authority) have an empty span and no mark.
 *
 * @param outcome PASS, REVIEW or BLOCK
 * @param findings the findings, numbered from 1
 * @param parts the text, cut where findings start and end
 * @param ruleSetVersion the rule-set version the screening used
 * @param assessedAt when it ran
 */
public record MarkedText(String outcome, List<Mark> findings, List<Part> parts, String ruleSetVersion,
                         Instant assessedAt) implements Serializable {

    /** Copies the lists. */
    public MarkedText {
        findings = List.copyOf(findings);
        parts = List.copyOf(parts);
    }

    /** The text as the assessment found it. */
    public static MarkedText of(String text, ComplianceAssessment assessment) {
        List<Mark> marks = new ArrayList<>();
        int number = 0;
        for (Finding finding : assessment.findings()) {
            number++;
            int start = Math.min(finding.span().start(), text.length());
            int end = Math.min(finding.span().end(), text.length());
            marks.add(new Mark(number, keyOf(finding),
                    finding.category().name(), finding.type(), finding.severity().name(),
                    finding.clause().heading(), finding.clause().citation(), finding.clause().summary(),
                    finding.advice(), text.substring(start, end), start, end));
        }
        return new MarkedText(assessment.outcome().name(), marks, parts(text, marks),
                assessment.policyVersion().value(), assessment.assessedAt());
    }

    /** A finding's key, the same for the same finding of the same content: its rule and its span. */
    public static String keyOf(Finding finding) {
        return finding.ruleId() + "@" + finding.span().start() + "-" + finding.span().end();
    }

    /** Whether nothing was found. */
    public boolean isClear() {
        return findings.isEmpty();
    }

    /** The findings about words of the text. */
    public List<Mark> inText() {
        return findings.stream().filter(Mark::isInText).toList();
    }

    /** The findings about the content as a whole: its media, its account, the author's authority. */
    public List<Mark> aboutContent() {
        return findings.stream().filter(mark -> !mark.isInText()).toList();
    }

    /** The findings that call for review (warnings), which an approver acknowledges one by one. */
    public List<Mark> warnings() {
        return findings.stream().filter(mark -> "WARN".equals(mark.severity())).toList();
    }

    /** The text cut where findings start and end, each part marked with the findings that cover it. */
    public static List<Part> parts(String text, List<Mark> findings) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark finding : findings) {
            cuts.add(finding.start());
            cuts.add(finding.end());
        }
        List<Part> parts = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                List<Integer> covering = new ArrayList<>();
                String severity = null;
                for (Mark finding : findings) {
                    if (finding.start() <= from && finding.end() >= cut && finding.isInText()) {
                        covering.add(finding.number());
                        severity = gravity(finding.severity()) > gravity(severity) ? finding.severity() : severity;
                    }
                }
                parts.add(new Part(text.substring(from, cut), covering, severity));
            }
            from = cut;
        }
        return parts;
    }

    private static int gravity(String severity) {
        return severity == null ? 0 : switch (severity) {
            case "BLOCK" -> 3;
            case "WARN" -> 2;
            default -> 1;
        };
    }

    /**
     * One finding.
     *
     * @param number its number, from 1, in the order of the text
     * @param key what identifies it for the same content (its rule and span), to acknowledge it by
     * @param category its category's code ({@code PERSONAL_DETAILS}...)
     * @param type the kind within the category ({@code PHONE}...), or null
     * @param severity {@code BLOCK}, {@code WARN} or {@code INFO}
     * @param clauseHeading the heading of the policy clause it rests on
     * @param clauseCitation the clause as cited: heading and id
     * @param clauseSummary what the clause says
     * @param advice what to do about it
     * @param excerpt the words of the text it is about (empty for the content as a whole)
     * @param start where they start in the text
     * @param end where they end
     */
    public record Mark(int number, String key, String category, String type, String severity, String clauseHeading,
                       String clauseCitation, String clauseSummary, String advice, String excerpt, int start,
                       int end) implements Serializable {

        /** Whether it is about words of the text. */
        public boolean isInText() {
            return end > start;
        }
    }

    /**
     * A part of the text.
     *
     * @param text its text
     * @param findings the numbers of the findings it is part of (none for plain text)
     * @param severity the gravest severity of those findings, or null
     */
    public record Part(String text, List<Integer> findings, String severity) implements Serializable {

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
