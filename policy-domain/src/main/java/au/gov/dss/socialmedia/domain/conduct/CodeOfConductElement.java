package au.gov.dss.socialmedia.domain.conduct;

/**
 * The elements of the APS Code of Conduct in section 13 of the Public Service Act 1999, one per subsection
 * (13(1) to 13(13)), in short. A reported behaviour names the elements it may breach; a determination names the
 * elements it was found to breach. The names are a published contract: never rename one.
 */
public enum CodeOfConductElement {
    /** s13(1). */
    HONESTY_AND_INTEGRITY(1, "behave honestly and with integrity in connection with APS employment"),
    /** s13(2). */
    CARE_AND_DILIGENCE(2, "act with care and diligence in connection with APS employment"),
    /** s13(3). */
    RESPECT_AND_COURTESY(3, "treat everyone with respect and courtesy, and without harassment"),
    /** s13(4). */
    COMPLY_WITH_LAW(4, "comply with all applicable Australian laws"),
    /** s13(5). */
    COMPLY_WITH_DIRECTIONS(5, "comply with any lawful and reasonable direction given by someone in the agency"
            + " with authority to give it"),
    /** s13(6). */
    MINISTERIAL_CONFIDENTIALITY(6, "maintain appropriate confidentiality about dealings with any Minister or"
            + " Minister's member of staff"),
    /** s13(7). */
    CONFLICTS_OF_INTEREST(7, "take reasonable steps to avoid any conflict of interest, real or apparent, and"
            + " disclose material personal interests"),
    /** s13(8). */
    PROPER_USE_OF_RESOURCES(8, "use Commonwealth resources in a proper manner and for a proper purpose"),
    /** s13(9). */
    NO_FALSE_OR_MISLEADING_INFORMATION(9, "not provide false or misleading information in answer to a request"
            + " for information made for official purposes"),
    /** s13(10). */
    NO_IMPROPER_USE_OF_INFORMATION_OR_POSITION(10, "not improperly use inside information or duties, status,"
            + " power or authority to gain a benefit or cause a detriment"),
    /** s13(11). */
    UPHOLD_VALUES_AND_REPUTATION(11, "at all times behave in a way that upholds the APS Values and Employment"
            + " Principles, and the integrity and good reputation of the agency and the APS"),
    /** s13(12). */
    REPUTATION_OF_AUSTRALIA_OVERSEAS(12, "on duty overseas, at all times behave in a way that upholds the good"
            + " reputation of Australia"),
    /** s13(13). */
    PRESCRIBED_CONDUCT_REQUIREMENTS(13, "comply with any other conduct requirement prescribed by the"
            + " regulations");

    private final int subsection;
    private final String summary;

    CodeOfConductElement(int subsection, String summary) {
        this.subsection = subsection;
        this.summary = summary;
    }

    /** The subsection of section 13 (1 to 13). */
    public int subsection() {
        return subsection;
    }

    /** What the element requires, shortened. */
    public String summary() {
        return summary;
    }

    /** How a notice cites it, for example {@code s13(3)}. */
    public String citation() {
        return "s13(" + subsection + ")";
    }

    /** The element of the given subsection of section 13. */
    public static CodeOfConductElement ofSubsection(int subsection) {
        for (CodeOfConductElement element : values()) {
            if (element.subsection == subsection) {
                return element;
            }
        }
        throw new IllegalArgumentException("code of conduct subsection must be 1 to 13, but was " + subsection);
    }
}
