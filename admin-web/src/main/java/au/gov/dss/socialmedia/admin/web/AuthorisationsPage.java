package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.application.AuthorisationFilter;
import au.gov.dss.socialmedia.admin.application.AuthorisationLine;
import au.gov.dss.socialmedia.admin.application.AuthorisationRow;
import au.gov.dss.socialmedia.admin.application.AuthorisationService;
import au.gov.dss.socialmedia.admin.application.GrantAuthorisation;
import au.gov.dss.socialmedia.admin.application.ListCount;
import au.gov.dss.socialmedia.admin.platform.ClockProducer;
import au.gov.dss.socialmedia.admin.web.support.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.support.Messages;
import au.gov.dss.socialmedia.admin.web.support.PickLabels;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationStatus;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The authorisations page: the lazy register, the grant form, the lifecycle actions with their reasons, "who may
 * post to account X now" and the authorisations ending in the next 30 days.
 */
@Named
@ViewScoped
public class AuthorisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CANBERRA = ClockProducer.CANBERRA;

    @Inject
    AuthorisationService authorisations;

    private final LazyDataModel<AuthorisationRow> model = new AuthorisationModel();
    private String text;
    private String role;
    private String status;
    private String sort;
    private boolean moreThanCounted;
    private String order;

    private String holder;
    private String roleToGrant;
    private String scope = "ALL";
    private List<String> accounts = new ArrayList<>();
    private String accountToAdd;
    private List<String> activities = new ArrayList<>();
    private LocalDate from;
    private LocalDate until;
    private String trainingCourse;
    private LocalDate trainingCompletedOn;

    private String selectedId;
    private String selectedHolder;
    private long selectedVersion;
    private String reason;
    private LocalDate newUntil;

    private String whoMayAccount;
    private String whoMayActivity = Activity.PUBLISH.name();
    private List<AuthorisationLine> whoMay;
    private List<AuthorisationLine> expiring;

    private final PickLabels labels = new PickLabels();

    /** Fills in the form's usual dates: from today for a year. */
    @PostConstruct
    void defaults() {
        LocalDate today = LocalDate.now(CANBERRA);
        from = today;
        until = today.plusYears(1);
    }

    /** The rows, loaded page by page from the database. */
    public LazyDataModel<AuthorisationRow> getModel() {
        return model;
    }

    /** Grants the authorisation in the form. */
    public void grant() {
        GrantAuthorisation form = new GrantAuthorisation(holder, roleToGrant, "ALL".equals(scope), accounts,
                activities, from, until, trainingCourse, trainingCompletedOn);
        if (CommandFeedback.attempt(() -> authorisations.grant(form))) {
            Messages.info("authorisations.granted", holder);
            trainingCourse = null;
            trainingCompletedOn = null;
            expiring = null;
        }
    }

    /** Remembers the row the next action is about. */
    public void select(AuthorisationRow row) {
        selectedId = row.id();
        selectedHolder = row.holderName();
        selectedVersion = row.version();
        reason = null;
        newUntil = row.until() == null ? null : row.until().plusYears(1);
    }

    /** Suspends the selected authorisation for the reason given. */
    public void suspend() {
        if (CommandFeedback.attempt(() -> authorisations.suspend(selectedId, selectedVersion, reason))) {
            Messages.info("authorisations.suspended", selectedHolder);
            refreshLists();
        }
    }

    /** Revokes the selected authorisation for the reason given. */
    public void revoke() {
        if (CommandFeedback.attempt(() -> authorisations.revoke(selectedId, selectedVersion, reason))) {
            Messages.info("authorisations.revoked", selectedHolder);
            refreshLists();
        }
    }

    /** Renews the selected authorisation to the new end date. */
    public void renew() {
        if (CommandFeedback.attempt(() -> authorisations.renew(selectedId, selectedVersion, newUntil))) {
            Messages.info("authorisations.renewed", selectedHolder);
            refreshLists();
        }
    }

    /** Reinstates the row's authorisation. */
    public void reinstate(AuthorisationRow row) {
        if (CommandFeedback.attempt(() -> authorisations.reinstate(row.id(), row.version()))) {
            Messages.info("authorisations.reinstated", row.holderName());
            refreshLists();
        }
    }

    /** Looks up who may do the chosen activity on the chosen account now. */
    public void lookUpWhoMay() {
        whoMay = null;
        CommandFeedback.attempt(() -> whoMay = authorisations.whoMay(whoMayAccount, whoMayActivity));
    }

    private void refreshLists() {
        expiring = null;
        if (whoMay != null) {
            lookUpWhoMay();
        }
    }

    /** Who may do the chosen activity on the chosen account now (null until asked). */
    public List<AuthorisationLine> getWhoMay() {
        return whoMay;
    }

    /** The authorisations ending in the next 30 days (read once per view, and after each change). */
    public List<AuthorisationLine> getExpiring() {
        if (expiring == null) {
            expiring = authorisations.expiringSoon();
        }
        return expiring;
    }

    /** How many of the authorisations ending soon the panel shows at most. @return the number */
    public int getExpiringShown() {
        return AuthorisationService.EXPIRING_SHOWN;
    }

    /** The employee numbers of the holders matching what the user typed (their labels are remembered). */
    public List<String> completeHolder(String typed) {
        return labels.offer(authorisations.holdersMatching(typed));
    }

    /** The ids of the accounts matching what the user typed (their labels are remembered). */
    public List<String> completeAccount(String typed) {
        return labels.offer(authorisations.accountsMatching(typed));
    }

    /** Adds the account just picked to the chosen ones, and empties the picker for the next. */
    public void addAccount() {
        if (accountToAdd != null && !accountToAdd.isBlank() && !accounts.contains(accountToAdd)) {
            accounts.add(accountToAdd);
        }
        accountToAdd = null;
    }

    /** Takes an account off the chosen ones. */
    public void removeAccount(String accountId) {
        accounts.remove(accountId);
    }

    /** The account being picked (added to the chosen ones when picked). @return its id */
    public String getAccountToAdd() {
        return accountToAdd;
    }

    /** Sets the account being picked. @param accountToAdd its id */
    public void setAccountToAdd(String accountToAdd) {
        this.accountToAdd = accountToAdd;
    }

    /** How the form shows a chosen holder. */
    public String holderLabel(String employeeNumber) {
        return labels.of(employeeNumber, authorisations::holderLabel);
    }

    /** How the forms show a chosen account. */
    public String accountLabel(String accountId) {
        return labels.of(accountId, authorisations::accountLabel);
    }


    /** The roles. */
    public Role[] getRoles() {
        return Role.values();
    }

    /** The statuses to filter by. */
    public AuthorisationStatus[] getStatuses() {
        return AuthorisationStatus.values();
    }

    /** The activities. */
    public Activity[] getActivityChoices() {
        return Activity.values();
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

    private final class AuthorisationModel extends LazyDataModel<AuthorisationRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            ListCount counted = authorisations.count(filter(Map.of()));
            moreThanCounted = counted.more();
            return (int) counted.rows();
        }

        @Override
        public List<AuthorisationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            return authorisations.rows(filter(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(AuthorisationRow row) {
            return row.id();
        }

        private AuthorisationFilter filter(Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            if (sort == null) {
                return new AuthorisationFilter(text, role, status, AuthorisationsPage.this.sort == null
                        ? "holderName" : AuthorisationsPage.this.sort, !"desc".equalsIgnoreCase(order));
            }
            return new AuthorisationFilter(text, role, status, sort.getField(),
                    sort.getOrder() != SortOrder.DESCENDING);
        }
    }

    /** Text to filter by. @return the text */
    public String getText() {
        return text;
    }

    /** Sets the text to filter by. @param text the text */
    public void setText(String text) {
        this.text = text;
    }

    /** The role to filter by. @return the role */
    public String getRole() {
        return role;
    }

    /** Sets the role to filter by. @param role the role */
    public void setRole(String role) {
        this.role = role;
    }

    /** The status to filter by. @return the status */
    public String getStatus() {
        return status;
    }

    /** Sets the status to filter by. @param status the status */
    public void setStatus(String status) {
        this.status = status;
    }

    /** The holder's employee number. @return it */
    public String getHolder() {
        return holder;
    }

    /** Sets the holder's employee number. @param holder it */
    public void setHolder(String holder) {
        this.holder = holder;
    }

    /** The role to grant. @return it */
    public String getRoleToGrant() {
        return roleToGrant;
    }

    /** Sets the role to grant. @param roleToGrant it */
    public void setRoleToGrant(String roleToGrant) {
        this.roleToGrant = roleToGrant;
    }

    /** ALL for every CMB account, CHOSEN for the chosen accounts. @return it */
    public String getScope() {
        return scope;
    }

    /** Sets the account scope. @param scope ALL or CHOSEN */
    public void setScope(String scope) {
        this.scope = scope;
    }

    /** The chosen accounts' ids. @return them */
    public List<String> getAccounts() {
        return accounts;
    }

    /** Sets the chosen accounts' ids. @param accounts them */
    public void setAccounts(List<String> accounts) {
        this.accounts = accounts;
    }

    /** The chosen activities. @return them */
    public List<String> getActivities() {
        return activities;
    }

    /** Sets the chosen activities. @param activities them */
    public void setActivities(List<String> activities) {
        this.activities = activities;
    }

    /** The first day. @return it */
    public LocalDate getFrom() {
        return from;
    }

    /** Sets the first day. @param from it */
    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** The last day. @return it */
    public LocalDate getUntil() {
        return until;
    }

    /** Sets the last day. @param until it */
    public void setUntil(LocalDate until) {
        this.until = until;
    }

    /** The training course. @return it */
    public String getTrainingCourse() {
        return trainingCourse;
    }

    /** Sets the training course. @param trainingCourse it */
    public void setTrainingCourse(String trainingCourse) {
        this.trainingCourse = trainingCourse;
    }

    /** The day the training was completed. @return it */
    public LocalDate getTrainingCompletedOn() {
        return trainingCompletedOn;
    }

    /** Sets the day the training was completed. @param trainingCompletedOn it */
    public void setTrainingCompletedOn(LocalDate trainingCompletedOn) {
        this.trainingCompletedOn = trainingCompletedOn;
    }

    /** The reason typed in a dialog. @return it */
    public String getReason() {
        return reason;
    }

    /** Sets the reason typed in a dialog. @param reason it */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The new last day typed in the renew dialog. @return it */
    public LocalDate getNewUntil() {
        return newUntil;
    }

    /** Sets the new last day. @param newUntil it */
    public void setNewUntil(LocalDate newUntil) {
        this.newUntil = newUntil;
    }

    /** The name of the holder a dialog is about. @return it */
    public String getSelectedHolder() {
        return selectedHolder;
    }

    /** The account of the "who may" view. @return its id */
    public String getWhoMayAccount() {
        return whoMayAccount;
    }

    /** Sets the account of the "who may" view. @param whoMayAccount its id */
    public void setWhoMayAccount(String whoMayAccount) {
        this.whoMayAccount = whoMayAccount;
    }

    /** The activity of the "who may" view. @return it */
    public String getWhoMayActivity() {
        return whoMayActivity;
    }

    /** Sets the activity of the "who may" view. @param whoMayActivity it */
    public void setWhoMayActivity(String whoMayActivity) {
        this.whoMayActivity = whoMayActivity;
    }
}
