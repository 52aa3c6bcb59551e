package au.gov.dss.socialmedia.domain.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The clauses of the department's Social Media Policy (first issued 1 December 2014), each with a stable
 * {@link #id()} that refusals, compliance findings and conduct allegations cite. The ids never change once
 * published: a finding recorded today must still name the same clause years later. Add new clauses, never rename
 * or remove one.
 */
public enum PolicyClause {

    /** Applicability. */
    APPLICATION("scope.application", "Applicability",
            "The policy applies to all employees, including secondees, employees on leave, non-ongoing employees"
                    + " and contractors."),

    // Official use of social media
    /** Only employees authorised by CMB use social media officially. */
    OFFICIAL_USE_AUTHORISATION("official.authorisation", "Authorised official use",
            "CMB manages and authorises the use of all official social media accounts."),
    /** Employees of other business areas who assist CMB are trained first. */
    OFFICIAL_USE_TRAINING("official.training", "Training of authorised employees",
            "Authorised employees from other business areas may be asked to assist CMB and will be trained"
                    + " accordingly."),
    /** Official comments must not endorse or judge providers, products or services. */
    OFFICIAL_COMMENT_NO_ENDORSEMENT("official.comment.no-endorsement", "No endorsement",
            "Comments from official accounts must not endorse or make judgements about specific providers,"
                    + " products or services."),
    /** Official comments must not discuss relationships with service partners or providers. */
    OFFICIAL_COMMENT_NO_PROVIDER_RELATIONSHIP("official.comment.no-provider-relationship",
            "No discussion of provider relationships",
            "Comments must not discuss circumstances surrounding the department's specific relationship with or"
                    + " management of service partners or providers."),
    /** Official comments must not judge how providers implemented programme guidelines. */
    OFFICIAL_COMMENT_NO_PROVIDER_JUDGEMENT("official.comment.no-provider-judgement",
            "No judgement of providers' implementation",
            "Comments must not make personal judgements about how providers have implemented programme"
                    + " guidelines."),
    /** Official comments must not speak for another business area without its consent. */
    OFFICIAL_COMMENT_NO_OTHER_BUSINESS_AREA("official.comment.no-other-business-area",
            "No speaking for another business area",
            "Comments must not represent or speak on behalf of another business area without the prior consent"
                    + " and advice of the relevant business area."),
    /** Individual circumstances or personal details: switch channel. */
    SWITCH_CHANNEL("official.switch-channel", "Switch channel",
            "If a discussion involves individual circumstances or personal details, the moderator must direct the"
                    + " member of the public to telephone, direct message, email, letter or face-to-face."),

    // Key principles for official use
    /** A business case approved by CMB before an initiative starts. */
    PRINCIPLE_APPROVED_ACTIVITY("principle.approved-activity", "Approved activity",
            "Before commencing a social media initiative, the activity must be supported by a business case and"
                    + " approved by CMB."),
    /** A risk management plan accompanies the business case. */
    PRINCIPLE_RISK_MANAGEMENT("principle.risk-management", "Risk management",
            "A Risk Management Plan must accompany the business case so that risk controls are implemented and"
                    + " monitored."),
    /** Every official account is administered by a Communication Account Manager in CMB. */
    PRINCIPLE_ADMINISTRATION("principle.administration", "Administration",
            "An official account must be administered by an authorised Communication Account Manager in CMB."),
    /** Post under the authorised departmental identity, never a personal one. */
    PRINCIPLE_IDENTITY("principle.identity", "Identity and authenticity",
            "Always use an authorised departmental identity, not a personal identity, when posting on behalf of"
                    + " the department."),
    /** Post only public information; no classified information or unauthorised commitments. */
    PRINCIPLE_CONFIDENTIALITY("principle.confidentiality", "Maintain confidentiality",
            "Only post publicly available information; don't disclose official or classified information or make"
                    + " commitments on behalf of the department or the Government unless authorised."),
    /** Check privacy settings; don't share others' private details or private conversations. */
    PRINCIPLE_PRIVACY("principle.privacy", "Protect and respect privacy",
            "Check account privacy settings; don't share the private details of others or disclose private"
                    + " conversations without explicit consent."),
    /** No advocacy or criticism of government or party policy, endorsements or personal opinion. */
    PRINCIPLE_IMPARTIALITY("principle.impartiality", "Be impartial",
            "Avoid statements that advocate or criticise policies of government or political parties, endorsement"
                    + " or criticism of third parties, and expressions of personal opinion."),
    /** Courteous; nothing obscene, defamatory, threatening, harassing, discriminatory or hateful. */
    PRINCIPLE_RESPECT("principle.respect", "Be respectful",
            "Be courteous and polite; do not post obscene, defamatory, threatening, harassing, discriminatory or"
                    + " hateful content."),
    /** Correct information with sources cited. */
    PRINCIPLE_ACCURACY("principle.accuracy", "Be accurate",
            "Make sure the information published is correct and cite sources where appropriate."),
    /** Permission for material not owned; CMB approval for departmental branding and logos. */
    PRINCIPLE_INTELLECTUAL_PROPERTY("principle.intellectual-property", "Consider intellectual property",
            "Respect copyright and get permission for material you do not own; departmental branding and logos"
                    + " must be approved by CMB."),
    /** Keep records of official posts. */
    PRINCIPLE_MAKE_A_RECORD("principle.make-a-record", "Make a record",
            "Keep records of social media posts made in an official capacity."),
    /** Review content before posting. */
    PRINCIPLE_THINK_FIRST("principle.think-first", "Think first",
            "Review content before posting it. If in doubt, leave it out."),

    // Personal use of social media
    /** Behaviour is bound by the APS Values and Code of Conduct, even anonymously or out of hours. */
    PERSONAL_BOUND_BY_CODE("personal.bound-by-code", "Bound by the Code of Conduct",
            "Behaviour is bound by the APS Values, the Code of Conduct and the ICT Code of Conduct, even outside"
                    + " work hours and when posting anonymously."),
    /** Views are clearly one's own. */
    PERSONAL_VIEWS_OWN("personal.views-own", "Views are your own",
            "Make clear that any views expressed are your own, and not those of the department."),
    /** No work email address for personal accounts. */
    PERSONAL_NO_WORK_EMAIL("personal.no-work-email", "No work email for personal accounts",
            "Don't use a work email address to register personal social media accounts."),
    /** Nothing obscene, threatening, harassing, discriminatory or hateful about work or colleagues. */
    PERSONAL_NOT_OFFENSIVE("personal.not-offensive", "Nothing obscene or hateful",
            "Don't make comments that are obscene, defamatory, threatening, harassing, discriminatory or hateful"
                    + " to, or about, work, colleagues, peers or the APS."),
    /** Nothing that looks made on behalf of the department or the Government. */
    PERSONAL_NOT_ON_BEHALF("personal.not-on-behalf", "Not on behalf of the department",
            "Don't post what is, or could be perceived to be, made on behalf of the department or the Government."),
    /** No criticism so harsh that it questions the capacity to work impartially. */
    PERSONAL_NOT_HARSH_CRITICISM("personal.not-harsh-criticism", "No harsh or extreme criticism",
            "Don't post criticism so harsh or extreme that it raises questions about the capacity to work"
                    + " professionally or impartially."),
    /** Nothing compromising impartial and unbiased performance of duties. */
    PERSONAL_IMPARTIALITY("personal.impartiality", "Impartial performance of duties",
            "Don't post what compromises the capacity to fulfil duties in an impartial and unbiased manner,"
                    + " particularly about the department's policies and programmes."),
    /** No criticism of administration that could seriously disrupt the workplace. */
    PERSONAL_NOT_DISRUPTIVE("personal.not-disruptive", "No disruptive criticism of administration",
            "Don't post criticism of the department's administration so strong that it could seriously disrupt"
                    + " the workplace."),
    /** No unreasonable criticism of clients or stakeholders. */
    PERSONAL_NO_CRITICISM_OF_CLIENTS("personal.no-criticism-of-clients", "No unreasonable criticism of clients",
            "Don't post unreasonable criticism of the department's clients or other stakeholders."),
    /** Nothing compromising public confidence in the department or the APS. */
    PERSONAL_PUBLIC_CONFIDENCE("personal.public-confidence", "Public confidence",
            "Don't post what compromises public confidence in the department or the APS."),
    /** Non-public information is not posted. */
    PERSONAL_ONLY_PUBLIC_INFORMATION("personal.only-public-information", "Only public information",
            "Don't disclose information that is not publicly available, such as information about income"
                    + " payments."),

    // Responsibilities
    /** Content on official accounts is accessible, or available in an accessible alternative. */
    ACCESSIBILITY("responsibility.accessibility", "Accessibility",
            "Content on official accounts should be accessible or available in an alternative accessible"
                    + " format."),
    /** Official posts are public records, captured per the Recordkeeping Policy. */
    RECORDKEEPING("responsibility.recordkeeping", "Recordkeeping",
            "Information that provides evidence of business activity or decision is a public record and must be"
                    + " captured and classified per the Recordkeeping Procedures."),
    /** Personal details are not given to third parties without consent. */
    PRIVACY("responsibility.privacy", "Privacy",
            "Personal details cannot be provided to third parties without the explicit consent of the owner."),
    /** Bullying and harassment. */
    BULLYING_AND_HARASSMENT("responsibility.bullying-and-harassment", "Bullying and harassment",
            "The department is committed to a workplace free of bullying and harassment."),

    // Sanctions
    /** Suspected breaches are determined under the Secretary's Procedures (s15(3) of the Act). */
    CONDUCT_PROCEDURES("sanctions.procedures", "Procedures for determining breaches",
            "A suspected breach referred to the Workplace Relations and Conduct Section may be investigated under"
                    + " the Secretary's Procedures established under subsection 15(3) of the Public Service Act 1999."),
    /** The sanctions of s15(1) of the Act. */
    SANCTIONS("sanctions.section-15-1", "Sanctions",
            "If an employee is found to have breached the Code of Conduct, the Secretary or a delegate may impose"
                    + " a sanction under section 15(1) of the Public Service Act 1999.");

    private final String id;
    private final String heading;
    private final String summary;

    PolicyClause(String id, String heading, String summary) {
        this.id = id;
        this.heading = heading;
        this.summary = summary;
    }

    /** The stable identifier, for example {@code official.comment.no-endorsement}. */
    public String id() {
        return id;
    }

    /** The clause's heading as people know it. */
    public String heading() {
        return heading;
    }

    /** What the clause requires, in the policy's words (shortened). */
    public String summary() {
        return summary;
    }

    /** The clause with this stable id. */
    public static Optional<PolicyClause> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(clause -> clause.id.equals(wanted)).findFirst();
    }

    /** How a message cites this clause: {@code heading [id]}. */
    public String citation() {
        return heading + " [" + id + "]";
    }
}
