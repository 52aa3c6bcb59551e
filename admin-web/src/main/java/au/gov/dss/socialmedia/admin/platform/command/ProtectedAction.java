package au.gov.dss.socialmedia.admin.platform.command;

import static au.gov.dss.socialmedia.admin.security.AppRole.AUTHORISED_CONTRIBUTOR;
import static au.gov.dss.socialmedia.admin.security.AppRole.CMB_ADMINISTRATOR;
import static au.gov.dss.socialmedia.admin.security.AppRole.CMB_APPROVER;
import static au.gov.dss.socialmedia.admin.security.AppRole.CONDUCT_OFFICER;
import static au.gov.dss.socialmedia.admin.security.AppRole.EMPLOYEE;
import static au.gov.dss.socialmedia.admin.security.AppRole.RECORDS_OFFICER;
import static au.gov.dss.socialmedia.admin.security.AppRole.AUDITOR;

import au.gov.dss.socialmedia.admin.security.AppRole;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every action of the admin app that changes something or takes data out of it, and the reads that are guarded on
 * their own (the rule sets, the personal-use self-check), with the roles that may run it: the one table the server
 * checks ({@link CommandRunner}) and the audit trail names. The domain's own rules (segregation of duties, CMB-only
 * decisions) apply on top of it. Auditors change nothing, so no action lists them except re-checking a record. A
 * plain {@link AppRole#EMPLOYEE} may only check a personal post and change their own password.
 */
public enum ProtectedAction {
    /** Proposes a new official account. */
    ACCOUNT_PROPOSE("account.propose", CMB_ADMINISTRATOR),
    /** Activates a proposed account. */
    ACCOUNT_ACTIVATE("account.activate", CMB_ADMINISTRATOR),
    /** Suspends an active account. */
    ACCOUNT_SUSPEND("account.suspend", CMB_ADMINISTRATOR),
    /** Reinstates a suspended account. */
    ACCOUNT_REINSTATE("account.reinstate", CMB_ADMINISTRATOR),
    /** Decommissions an account. */
    ACCOUNT_DECOMMISSION("account.decommission", CMB_ADMINISTRATOR),
    /** Revises an account's purpose or hands it to another administrator. */
    ACCOUNT_EDIT("account.edit", CMB_ADMINISTRATOR),
    /** Records a review of an account's privacy settings. */
    ACCOUNT_RECORD_PRIVACY_REVIEW("account.recordPrivacyReview", CMB_ADMINISTRATOR),
    /** Exports the accounts list, as filtered, as a CSV file. */
    ACCOUNT_EXPORT("account.export", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR, CONDUCT_OFFICER,
            RECORDS_OFFICER, AUDITOR),

    /** Grants an authorisation to use social media officially. */
    AUTHORISATION_GRANT("authorisation.grant", CMB_ADMINISTRATOR),
    /** Suspends an authorisation in force. */
    AUTHORISATION_SUSPEND("authorisation.suspend", CMB_ADMINISTRATOR),
    /** Puts a suspended authorisation back in force. */
    AUTHORISATION_REINSTATE("authorisation.reinstate", CMB_ADMINISTRATOR),
    /** Revokes an authorisation for good. */
    AUTHORISATION_REVOKE("authorisation.revoke", CMB_ADMINISTRATOR),
    /** Renews an authorisation to a new last day. */
    AUTHORISATION_RENEW("authorisation.renew", CMB_ADMINISTRATOR),
    /** Exports the register of authorisations, as filtered, as a CSV file. */
    AUTHORISATION_EXPORT("authorisation.export", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR,
            CONDUCT_OFFICER, RECORDS_OFFICER, AUDITOR),

    /** Drafts an initiative: any employee who may change things (business areas propose initiatives). */
    INITIATIVE_DRAFT("initiative.draft", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR, CONDUCT_OFFICER,
            RECORDS_OFFICER),
    /** Replaces an initiative's business case. */
    INITIATIVE_REVISE_BUSINESS_CASE("initiative.reviseBusinessCase", CMB_ADMINISTRATOR, CMB_APPROVER,
            AUTHORISED_CONTRIBUTOR, CONDUCT_OFFICER, RECORDS_OFFICER),
    /** Adds a risk to an initiative's risk register. */
    INITIATIVE_ADD_RISK("initiative.addRisk", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR,
            CONDUCT_OFFICER, RECORDS_OFFICER),
    /** Removes a risk from an initiative's risk register. */
    INITIATIVE_REMOVE_RISK("initiative.removeRisk", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR,
            CONDUCT_OFFICER, RECORDS_OFFICER),
    /** Submits an initiative to CMB. */
    INITIATIVE_SUBMIT("initiative.submit", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR,
            CONDUCT_OFFICER, RECORDS_OFFICER),
    /** CMB approves a submitted initiative. */
    INITIATIVE_APPROVE("initiative.approve", CMB_APPROVER),
    /** CMB rejects a submitted initiative. */
    INITIATIVE_REJECT("initiative.reject", CMB_APPROVER),
    /** CMB asks for changes to a submitted initiative. */
    INITIATIVE_REQUEST_CHANGES("initiative.requestChanges", CMB_APPROVER),
    /** Exports the initiatives list, as filtered, as a CSV file. */
    INITIATIVE_EXPORT("initiative.export", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR, CONDUCT_OFFICER,
            RECORDS_OFFICER, AUDITOR),

    /** Imports the employee directory from a CSV file. */
    EMPLOYEE_IMPORT("employee.import", CMB_ADMINISTRATOR),
    /** Exports the employee directory, as filtered, as a CSV file. */
    EMPLOYEE_EXPORT("employee.export", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR, CONDUCT_OFFICER,
            RECORDS_OFFICER, AUDITOR),

    /** Puts a failed record back in the records queue. */
    RECORD_RETRY("record.retry", RECORDS_OFFICER),
    /** Re-checks the fixity of a captured record. */
    RECORD_VERIFY("record.verify", RECORDS_OFFICER, AUDITOR),
    /** Exports the list of records, as filtered, as a CSV file. */
    RECORD_EXPORT("record.export", RECORDS_OFFICER, AUDITOR),

    /** Exports the audit trail of a date range, as filtered, as a CSV file. */
    AUDIT_EXPORT("audit.export", AUDITOR),

    /** Creates a user of the admin app for an employee, with a one-time password. */
    USER_CREATE("user.create", CMB_ADMINISTRATOR),
    /** Changes the roles a user holds. */
    USER_CHANGE_ROLES("user.changeRoles", CMB_ADMINISTRATOR),
    /** Stops a user from logging in. */
    USER_DISABLE("user.disable", CMB_ADMINISTRATOR),
    /** Lets a disabled user log in again. */
    USER_ENABLE("user.enable", CMB_ADMINISTRATOR),
    /** Gives a user a new one-time password, to be changed at the next login. */
    USER_RESET_PASSWORD("user.resetPassword", CMB_ADMINISTRATOR),
    /** Exports the users list, as filtered, as a CSV file. */
    USER_EXPORT("user.export", CMB_ADMINISTRATOR),

    /** Reads the rule set in force and the history of rule-set versions (CMB and auditors; not audited when done). */
    RULESET_VIEW("ruleSet.view", CMB_ADMINISTRATOR, CMB_APPROVER, AUDITOR),
    /**
     * Checks a draft of one's own personal post against the policy (every user; neither the text nor who checked is
     * kept, only the day's count of checks; a refusal is audited without the text).
     */
    SELF_CHECK("selfCheck.check", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR, CONDUCT_OFFICER,
            RECORDS_OFFICER, AUDITOR, EMPLOYEE),

    /** Drafts an official post for an account the employee is authorised to post to. */
    POST_DRAFT("post.draft", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR),
    /** Screens a draft of an official post as it is typed (nothing stored or audited when done). */
    POST_SCREEN("post.screen", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR),
    /** Edits an official post (an approved one goes back to review). */
    POST_EDIT("post.edit", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR),
    /** Submits a draft for review. */
    POST_SUBMIT("post.submit", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR),
    /** Approves a submitted post (a Communication Account Manager who did not write it, the domain says). */
    POST_APPROVE("post.approve", CMB_ADMINISTRATOR, CMB_APPROVER),
    /** Rejects a submitted post with reasons. */
    POST_REJECT("post.reject", CMB_ADMINISTRATOR, CMB_APPROVER),
    /**
     * Gives or refuses, for the employee's own business area, its consent to a draft that speaks for it (the domain
     * says who: an employee of that area who did not write the post).
     */
    POST_ANSWER_CONSENT("post.answerConsent", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR,
            CONDUCT_OFFICER, RECORDS_OFFICER),
    /** Publishes an approved post now. */
    POST_PUBLISH("post.publish", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR),
    /** Records where a published post lives on its platform. */
    POST_RECORD_ADDRESS("post.recordAddress", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR),
    /** Withdraws a post, or records that a published one was taken down. */
    POST_WITHDRAW("post.withdraw", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR),
    /** Exports the posts list, as filtered, as a CSV file. */
    POST_EXPORT("post.export", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR, CONDUCT_OFFICER,
            RECORDS_OFFICER, AUDITOR),
    /** Publishes an approved post at its scheduled time, for its author: the app's own, no user's. */
    POST_PUBLISH_SCHEDULED("post.publishScheduled"),

    /** Changes one's own password (every user; the current password is checked). */
    PASSWORD_CHANGE("session.changePassword", CMB_ADMINISTRATOR, CMB_APPROVER, AUTHORISED_CONTRIBUTOR,
            CONDUCT_OFFICER, RECORDS_OFFICER, AUDITOR, EMPLOYEE);

    private final String auditName;
    private final Set<AppRole> roles;

    ProtectedAction(String auditName, AppRole first, AppRole... rest) {
        this.auditName = auditName;
        this.roles = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** An action the app takes by itself, at a time it decides: no user's role allows it. */
    ProtectedAction(String auditName) {
        this.auditName = auditName;
        this.roles = Set.of();
    }

    /** Whether only the app takes it, by itself ({@link CommandRunner#runAsApp}). */
    public boolean isTheAppsOwn() {
        return roles.isEmpty();
    }

    /** The name the audit trail records, for example {@code account.activate}. */
    public String auditName() {
        return auditName;
    }

    /** The roles that may run it. */
    public Set<AppRole> roles() {
        return roles;
    }

    /** Whether a user holding the role may run it. */
    public boolean allows(AppRole role) {
        return roles.contains(role);
    }
}
