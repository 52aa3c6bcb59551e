package au.gov.dss.socialmedia.admin.account.web;

import au.gov.dss.socialmedia.admin.account.application.AccountCommands;
import au.gov.dss.socialmedia.admin.account.application.AccountDetail;
import au.gov.dss.socialmedia.admin.account.application.AccountQueries;
import au.gov.dss.socialmedia.admin.web.Formats;
import au.gov.dss.socialmedia.admin.web.DetailPage;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
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
public class AccountPage extends DetailPage<AccountDetail> {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountQueries queries;

    @Inject
    AccountCommands commands;

    @Inject
    Clock clock;

    @Inject
    Formats fmt;

    private final PickLabels labels = new PickLabels();
    private String reason;
    private String newPurpose;
    private String newAdministrator;
    private LocalDate reviewedOn;
    private LocalDate nextReviewDue;
    private String reviewNotes;

    /** The page, at its address. */
    public AccountPage() {
        super("/app/account");
    }

    @Override
    protected Optional<AccountDetail> find(String id) {
        return queries.detail(id);
    }

    @Override
    protected void loaded(AccountDetail shown) {
        newPurpose = shown.account().purpose();
        reviewedOn = LocalDate.ofInstant(clock.instant(), clock.getZone());
        nextReviewDue = reviewedOn.plusMonths(6);
    }

    /** Activates the account. */
    public String activate() {
        return after("activateForm", () -> commands.activate(getId(), version()), "accounts.activated");
    }

    /** Suspends the account for the reason given. */
    public String suspend() {
        return after("suspendForm", () -> commands.suspend(getId(), version(), reason), "accounts.suspended");
    }

    /** Reinstates the account for the reason given. */
    public String reinstate() {
        return after("reinstateForm", () -> commands.reinstate(getId(), version(), reason), "accounts.reinstated");
    }

    /** Decommissions the account, for good, for the reason given. */
    public String decommission() {
        return after("decommissionForm", () -> commands.decommission(getId(), version(), reason),
                "accounts.decommissioned");
    }

    /** Saves the purpose and administrator. */
    public String saveEdit() {
        return after("editForm", () -> commands.edit(getId(), version(), newPurpose, newAdministrator), "accounts.edited");
    }

    /** Records the privacy review. */
    public String recordPrivacyReview() {
        return act("privacyForm", () -> commands.recordPrivacyReview(getId(), version(), reviewedOn, nextReviewDue,
                reviewNotes), "accounts.privacyReviewed",
                getDetail().account().address(), fmt.day(nextReviewDue));
    }

    private String after(String form, Runnable action, String doneKey) {
        return act(form, action, doneKey, getDetail().account().address());
    }

    private long version() {
        return getDetail().account().version();
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
