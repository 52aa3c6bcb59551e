package au.gov.dss.socialmedia.admin.account.web;

import au.gov.dss.socialmedia.admin.account.application.AccountCommands;
import au.gov.dss.socialmedia.admin.account.application.AccountDetail;
import au.gov.dss.socialmedia.admin.account.application.AccountQueries;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * An account's page ({@code /app/account.xhtml?id=...}): its details, the actions open to the reader in dialogs
 * (each with its reason where the policy wants one; decommissioning warns that it cannot be undone), and its history.
 * After an action the page is shown again, fresh, with what was done.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountQueries queries;

    @Inject
    AccountCommands commands;

    @Inject
    Clock clock;

    private final PickLabels labels = new PickLabels();
    private String id;
    private AccountDetail detail;
    private String reason;
    private String newPurpose;
    private String newAdministrator;
    private LocalDate reviewedOn;
    private LocalDate nextReviewDue;
    private String reviewNotes;

    /** Reads the account named by the address; answers 404 when there is none. */
    public void load() {
        detail = id == null ? null : queries.detail(id).orElse(null);
        if (detail == null) {
            Pages.notFound();
            return;
        }
        newPurpose = detail.account().purpose();
        reviewedOn = LocalDate.ofInstant(clock.instant(), clock.getZone());
        nextReviewDue = reviewedOn.plusMonths(6);
    }

    /** Activates the account. */
    public String activate() {
        return after("activateForm", () -> commands.activate(id, version()), "accounts.activated");
    }

    /** Suspends the account for the reason given. */
    public String suspend() {
        return after("suspendForm", () -> commands.suspend(id, version(), reason), "accounts.suspended");
    }

    /** Reinstates the account for the reason given. */
    public String reinstate() {
        return after("reinstateForm", () -> commands.reinstate(id, version(), reason), "accounts.reinstated");
    }

    /** Decommissions the account, for good, for the reason given. */
    public String decommission() {
        return after("decommissionForm", () -> commands.decommission(id, version(), reason),
                "accounts.decommissioned");
    }

    /** Saves the purpose and administrator. */
    public String saveEdit() {
        return after("editForm", () -> commands.edit(id, version(), newPurpose, newAdministrator), "accounts.edited");
    }

    /** Records the privacy review. */
    public String recordPrivacyReview() {
        return after("privacyForm", () -> commands.recordPrivacyReview(id, version(), reviewedOn, nextReviewDue,
                reviewNotes), "accounts.privacyReviewed");
    }

    private String after(String form, Runnable action, String doneKey) {
        if (!CommandFeedback.attempt(form, action)) {
            return null;
        }
        Messages.info(doneKey, detail.account().address());
        return Pages.to("/app/account", id);
    }

    private long version() {
        return detail.account().version();
    }

    /** The CMB employees to hand the account to, for what the user typed (their labels are remembered). */
    public List<String> completeAdministrator(String typed) {
        return labels.offer(queries.administratorsMatching(typed));
    }

    /** How the form shows a chosen administrator. */
    public String administratorLabel(String employeeNumber) {
        return labels.of(employeeNumber, queries::employeeLabel);
    }

    /** The most characters a purpose may have. */
    public int getPurposeLimit() {
        return SocialMediaAccount.MAX_PURPOSE;
    }

    /** The most characters a reason may have. */
    public int getReasonLimit() {
        return SocialMediaAccount.MAX_REASON;
    }

    /** The account's page. */
    public AccountDetail getDetail() {
        return detail;
    }

    /** The account's id, from the address. @return it */
    public String getId() {
        return id;
    }

    /** Sets the account's id. @param id it */
    public void setId(String id) {
        this.id = id;
    }

    /** The reason typed in a dialog. @return it */
    public String getReason() {
        return reason;
    }

    /** Sets the reason. @param reason it */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The purpose in the edit dialog. @return it */
    public String getNewPurpose() {
        return newPurpose;
    }

    /** Sets the purpose. @param newPurpose it */
    public void setNewPurpose(String newPurpose) {
        this.newPurpose = newPurpose;
    }

    /** The new administrator's employee number, or blank to keep the current one. @return it */
    public String getNewAdministrator() {
        return newAdministrator;
    }

    /** Sets the new administrator. @param newAdministrator the employee number, or blank */
    public void setNewAdministrator(String newAdministrator) {
        this.newAdministrator = newAdministrator;
    }

    /** The day of the privacy review. @return it */
    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    /** Sets the day of the privacy review. @param reviewedOn it */
    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    /** When the next privacy review is due. @return it */
    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    /** Sets when the next privacy review is due. @param nextReviewDue it */
    public void setNextReviewDue(LocalDate nextReviewDue) {
        this.nextReviewDue = nextReviewDue;
    }

    /** What the privacy review found. @return the notes */
    public String getReviewNotes() {
        return reviewNotes;
    }

    /** Sets what the privacy review found. @param reviewNotes the notes */
    public void setReviewNotes(String reviewNotes) {
        this.reviewNotes = reviewNotes;
    }
}
