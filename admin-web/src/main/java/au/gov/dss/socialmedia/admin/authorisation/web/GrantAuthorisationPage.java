package au.gov.dss.socialmedia.admin.authorisation.web;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationCommands;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationQueries;
import au.gov.dss.socialmedia.admin.authorisation.application.GrantAuthorisation;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Granting an authorisation ({@code /app/grant-authorisation.xhtml}, {@code ?holder=} fills in the holder from an
 * employee's page): the holder and the accounts are found by typing; the period defaults to a year from today. A
 * granted authorisation opens on its own page.
 */
@Named
@ViewScoped
public class GrantAuthorisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorisationQueries queries;

    @Inject
    AuthorisationCommands commands;

    @Inject
    Clock clock;

    private final PickLabels labels = new PickLabels();
    private String holder;
    private String role = Role.AUTHORISED_CONTRIBUTOR.name();
    private String scope = "CHOSEN";
    private String accountToAdd;
    private final List<String> accounts = new ArrayList<>();
    private List<String> activities = new ArrayList<>(List.of(Activity.PUBLISH.name()));
    private LocalDate from;
    private LocalDate until;
    private String trainingCourse;
    private LocalDate trainingCompletedOn;

    /** Fills in the usual period: from today for a year. */
    @PostConstruct
    void defaults() {
        from = LocalDate.ofInstant(clock.instant(), clock.getZone());
        until = from.plusYears(1).minusDays(1);
    }

    /** Grants the authorisation; opens its page. */
    public String grant() {
        GrantAuthorisation form = new GrantAuthorisation(holder, role, "ALL".equals(scope), accounts, activities,
                from, until, trainingCourse, trainingCompletedOn);
        return CommandFeedback.run("grant", () -> commands.grant(form)).map(id -> {
            Messages.info("authorisations.granted", queries.employeeLabel(holder));
            return Pages.to("/app/authorisation", id);
        }).orElse(null);
    }

    /** The employees matching what the user typed (their labels are remembered). */
    public List<String> completeHolder(String typed) {
        return labels.offer(queries.holdersMatching(typed));
    }

    /** How the form shows a chosen employee. */
    public String holderLabel(String employeeNumber) {
        return labels.of(employeeNumber, queries::employeeLabel);
    }

    /** The accounts matching what the user typed (their labels are remembered). */
    public List<String> completeAccount(String typed) {
        return labels.offer(queries.accountsMatching(typed));
    }

    /** How the form shows a chosen account. */
    public String accountLabel(String accountId) {
        return labels.of(accountId, queries::accountLabel);
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

    /** The roles. */
    public List<String> getRoles() {
        return queries.roles();
    }

    /** The activities. */
    public List<String> getActivityChoices() {
        return queries.activities();
    }

    /** The holder's employee number. @return it */
    public String getHolder() {
        return holder;
    }

    /** Sets the holder. @param holder the employee number */
    public void setHolder(String holder) {
        this.holder = holder;
    }

    /** The role. @return it */
    public String getRole() {
        return role;
    }

    /** Sets the role. @param role it */
    public void setRole(String role) {
        this.role = role;
    }

    /** ALL for every CMB account, CHOSEN for the accounts chosen. @return it */
    public String getScope() {
        return scope;
    }

    /** Sets the scope. @param scope ALL or CHOSEN */
    public void setScope(String scope) {
        this.scope = scope;
    }

    /** The account being picked. @return its id */
    public String getAccountToAdd() {
        return accountToAdd;
    }

    /** Sets the account being picked. @param accountToAdd its id */
    public void setAccountToAdd(String accountToAdd) {
        this.accountToAdd = accountToAdd;
    }

    /** The accounts chosen. */
    public List<String> getAccounts() {
        return accounts;
    }

    /** The activities. @return them */
    public List<String> getActivities() {
        return activities;
    }

    /** Sets the activities. @param activities them */
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

    /** When the training was completed. @return it */
    public LocalDate getTrainingCompletedOn() {
        return trainingCompletedOn;
    }

    /** Sets when the training was completed. @param trainingCompletedOn it */
    public void setTrainingCompletedOn(LocalDate trainingCompletedOn) {
        this.trainingCompletedOn = trainingCompletedOn;
    }
}
