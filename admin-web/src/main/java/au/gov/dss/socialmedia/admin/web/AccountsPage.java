package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.application.AccountFilter;
import au.gov.dss.socialmedia.admin.application.AccountRow;
import au.gov.dss.socialmedia.admin.application.AccountService;
import au.gov.dss.socialmedia.admin.application.ListCount;
import au.gov.dss.socialmedia.admin.application.Option;
import au.gov.dss.socialmedia.admin.application.ProposeAccount;
import au.gov.dss.socialmedia.admin.platform.ClockProducer;
import au.gov.dss.socialmedia.admin.web.support.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.support.Messages;
import au.gov.dss.socialmedia.admin.web.support.PickLabels;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The accounts page: the lazy list, the proposal form, and the lifecycle actions with their reasons. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private final LazyDataModel<AccountRow> model = new AccountModel();
    private String text;
    private String state;
    private String platform;
    private String sort;
    private boolean moreThanCounted;
    private String order;

    private String platformToPropose;
    private String otherPlatformName;
    private String handleOrUrl;
    private String purpose;
    private String owningArea;
    private String administrator;
    private String initiative;

    private String selectedId;
    private String selectedAddress;
    private long selectedVersion;
    private String reason;
    private final PickLabels labels = new PickLabels();
    private String newPurpose;
    private String newAdministrator;
    private LocalDate reviewedOn;
    private LocalDate nextReviewDue;
    private String reviewNotes;

    /** The rows, loaded page by page from the database. */
    public LazyDataModel<AccountRow> getModel() {
        return model;
    }

    /** Proposes the account in the form. */
    public void propose() {
        if (CommandFeedback.attempt(() -> accounts.propose(new ProposeAccount(platformToPropose, otherPlatformName,
                handleOrUrl, purpose, owningArea, administrator, initiative)))) {
            Messages.info("accounts.proposed", handleOrUrl);
            handleOrUrl = null;
            purpose = null;
        }
    }

    /** Remembers the row the next action is about. */
    public void select(AccountRow row) {
        selectedId = row.id();
        selectedAddress = row.address();
        selectedVersion = row.version();
        reason = null;
        newPurpose = row.purpose();
        newAdministrator = null;
        reviewedOn = LocalDate.now(ClockProducer.CANBERRA);
        nextReviewDue = reviewedOn.plusMonths(6);
        reviewNotes = null;
    }

    /** Saves the edit dialog: the selected account's purpose and administrator. */
    public void saveEdit() {
        if (CommandFeedback.attempt(() -> accounts.edit(selectedId, selectedVersion, newPurpose, newAdministrator))) {
            Messages.info("accounts.edited", selectedAddress);
        }
    }

    /** Records the privacy review in the dialog for the selected account. */
    public void recordPrivacyReview() {
        if (CommandFeedback.attempt(() -> accounts.recordPrivacyReview(selectedId, selectedVersion, reviewedOn,
                nextReviewDue, reviewNotes))) {
            Messages.info("accounts.privacyReviewed", selectedAddress, nextReviewDue);
        }
    }

    /** The purpose in the edit dialog. @return it */
    public String getNewPurpose() {
        return newPurpose;
    }

    /** Sets the purpose in the edit dialog. @param newPurpose it */
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

    /** Activates the row's account. */
    public void activate(AccountRow row) {
        if (CommandFeedback.attempt(() -> accounts.activate(row.id(), row.version()))) {
            Messages.info("accounts.activated", row.address());
        }
    }

    /** Reinstates the row's account. */
    public void reinstate(AccountRow row) {
        if (CommandFeedback.attempt(() -> accounts.reinstate(row.id(), row.version()))) {
            Messages.info("accounts.reinstated", row.address());
        }
    }

    /** Suspends the selected account for the reason given. */
    public void suspend() {
        if (CommandFeedback.attempt(() -> accounts.suspend(selectedId, selectedVersion, reason))) {
            Messages.info("accounts.suspended", selectedAddress);
        }
    }

    /** Decommissions the selected account for the reason given. */
    public void decommission() {
        if (CommandFeedback.attempt(() -> accounts.decommission(selectedId, selectedVersion, reason))) {
            Messages.info("accounts.decommissioned", selectedAddress);
        }
    }

    private List<Option> areaOptions;
    private List<Option> initiativeOptions;

    /** Business areas to choose from (read once per view). */
    public List<Option> getAreaOptions() {
        if (areaOptions == null) {
            areaOptions = accounts.businessAreas();
        }
        return areaOptions;
    }

    /** The employee numbers of the CMB employees matching what the user typed (their labels are remembered). */
    public List<String> completeAdministrator(String typed) {
        return labels.offer(accounts.administratorsMatching(typed));
    }

    /** How the forms show a chosen administrator. */
    public String administratorLabel(String employeeNumber) {
        return labels.of(employeeNumber, accounts::employeeLabel);
    }

    /** Initiatives to choose from (read once per view). */
    public List<Option> getInitiativeOptions() {
        if (initiativeOptions == null) {
            initiativeOptions = accounts.initiatives();
        }
        return initiativeOptions;
    }

    /** The platforms to choose from. */
    public PlatformKind[] getPlatforms() {
        return PlatformKind.values();
    }

    /** The states to filter by. */
    public AccountState[] getStates() {
        return AccountState.values();
    }

    private final class AccountModel extends LazyDataModel<AccountRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            ListCount counted = accounts.count(filter(Map.of()));
            moreThanCounted = counted.more();
            return (int) counted.rows();
        }

        @Override
        public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return accounts.rows(filter(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(AccountRow row) {
            return row.id();
        }

        private AccountFilter filter(Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            if (sort == null) {
                return new AccountFilter(text, state, platform, AccountsPage.this.sort == null ? "address"
                        : AccountsPage.this.sort, !"desc".equalsIgnoreCase(order));
            }
            return new AccountFilter(text, state, platform, sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
        }
    }

    /** Whether more rows match than the list counts (it then says "more than"). @return whether */
    public boolean isMoreThanCounted() {
        return moreThanCounted;
    }

    /** The column to sort by when the table has not been sorted by a click (a link may set it). @return it */
    public String getSort() {
        return sort;
    }

    /** Sets the column to sort by. @param sort the column */
    public void setSort(String sort) {
        this.sort = sort;
    }

    /** "desc" to sort descending, anything else ascending. @return it */
    public String getOrder() {
        return order;
    }

    /** Sets the order. @param order "asc" or "desc" */
    public void setOrder(String order) {
        this.order = order;
    }

    /** Text to filter by. @return the text */
    public String getText() {
        return text;
    }

    /** Sets the text to filter by. @param text the text */
    public void setText(String text) {
        this.text = text;
    }

    /** The state to filter by. @return the state */
    public String getState() {
        return state;
    }

    /** Sets the state to filter by. @param state the state */
    public void setState(String state) {
        this.state = state;
    }

    /** The platform to filter by. @return the platform */
    public String getPlatform() {
        return platform;
    }

    /** Sets the platform to filter by. @param platform the platform */
    public void setPlatform(String platform) {
        this.platform = platform;
    }

    /** The platform of the proposal. @return the platform */
    public String getPlatformToPropose() {
        return platformToPropose;
    }

    /** Sets the platform of the proposal. @param platformToPropose the platform */
    public void setPlatformToPropose(String platformToPropose) {
        this.platformToPropose = platformToPropose;
    }

    /** The other platform's name. @return the name */
    public String getOtherPlatformName() {
        return otherPlatformName;
    }

    /** Sets the other platform's name. @param otherPlatformName the name */
    public void setOtherPlatformName(String otherPlatformName) {
        this.otherPlatformName = otherPlatformName;
    }

    /** The handle or URL. @return it */
    public String getHandleOrUrl() {
        return handleOrUrl;
    }

    /** Sets the handle or URL. @param handleOrUrl it */
    public void setHandleOrUrl(String handleOrUrl) {
        this.handleOrUrl = handleOrUrl;
    }

    /** The purpose. @return it */
    public String getPurpose() {
        return purpose;
    }

    /** Sets the purpose. @param purpose it */
    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    /** The owning area's code. @return it */
    public String getOwningArea() {
        return owningArea;
    }

    /** Sets the owning area's code. @param owningArea it */
    public void setOwningArea(String owningArea) {
        this.owningArea = owningArea;
    }

    /** The administrator's employee number. @return it */
    public String getAdministrator() {
        return administrator;
    }

    /** Sets the administrator's employee number. @param administrator it */
    public void setAdministrator(String administrator) {
        this.administrator = administrator;
    }

    /** The initiative's id. @return it */
    public String getInitiative() {
        return initiative;
    }

    /** Sets the initiative's id. @param initiative it */
    public void setInitiative(String initiative) {
        this.initiative = initiative;
    }

    /** The reason typed in a dialog. @return it */
    public String getReason() {
        return reason;
    }

    /** Sets the reason typed in a dialog. @param reason it */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The address of the account a dialog is about. @return it */
    public String getSelectedAddress() {
        return selectedAddress;
    }
}
