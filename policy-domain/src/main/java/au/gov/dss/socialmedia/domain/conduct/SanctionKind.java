package au.gov.dss.socialmedia.domain.conduct;

/**
 * The six sanctions that section 15(1) of the Public Service Act 1999 provides for, in the order of its
 * paragraphs. A breach notice states the range of them that may be imposed. The names are a published contract.
 */
public enum SanctionKind {
    /** s15(1)(a). */
    TERMINATION("a", "termination of employment"),
    /** s15(1)(b). */
    REDUCTION_IN_CLASSIFICATION("b", "reduction in classification"),
    /** s15(1)(c). */
    REASSIGNMENT_OF_DUTIES("c", "re-assignment of duties"),
    /** s15(1)(d). */
    REDUCTION_IN_SALARY("d", "reduction in salary"),
    /** s15(1)(e). */
    DEDUCTION_FROM_SALARY_BY_FINE("e", "deductions from salary, by way of fine"),
    /** s15(1)(f). */
    REPRIMAND("f", "reprimand");

    private final String paragraph;
    private final String description;

    SanctionKind(String paragraph, String description) {
        this.paragraph = paragraph;
        this.description = description;
    }

    /** The paragraph letter of s15(1). */
    public String paragraph() {
        return paragraph;
    }

    /** The sanction in the words of the Act. */
    public String description() {
        return description;
    }

    /** How a notice cites it, for example {@code s15(1)(e)}. */
    public String citation() {
        return "s15(1)(" + paragraph + ")";
    }
}
