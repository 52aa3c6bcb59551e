package au.gov.dss.socialmedia.admin.authorisation.web;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationFilter;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationLine;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationQueries;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationRow;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.ListPage;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * The register of authorisations: filtered by text, role and status (from the address too), paged and sorted in
 * the database, each linking to its page; exported as filtered; who may act on an account now; those ending in the
 * next 30 days. Granting has a page of its own.
 */
@Named
@ViewScoped
public class AuthorisationsPage extends ListPage<AuthorisationFilter, AuthorisationRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorisationQueries authorisations;

    private final PickLabels labels = new PickLabels();
    private String whoMayAccount;
    private String whoMayActivity = Activity.PUBLISH.name();
    private List<AuthorisationLine> whoMay;
    private List<AuthorisationLine> expiring;

    @PostConstruct
    void init() {
        show(authorisations, Sort.by("holderName"), order -> new AuthorisationFilter(
                part("q"), part("role"), part("status"), order));
    }

    /** The authorisations matching the filter, as a CSV file. */
    public StreamedContent export() {
        return csv("authorisations", authorisations::export, List.of(
                        "authorisations.holder", "authorisations.employeeNumber", "authorisations.role",
                        "authorisations.scope", "authorisations.activities", "authorisations.from",
                        "authorisations.until", "authorisations.training", "authorisations.status"),
                row -> List.of(row.holderName(), row.holderId(), fmt.code("role", row.role()), scope(row),
                        row.activities().stream().map(a -> fmt.code("activity", a)).collect(Collectors.joining("; ")),
                        fmt.day(row.from()), fmt.day(row.until()), String.valueOf(row.trainingCourse() == null ? ""
                                : row.trainingCourse()), fmt.code("authorisationStatus", row.status())));
    }

    /** A row's scope in words. */
    public String scope(AuthorisationRow row) {
        return row.allCmbAccounts() ? Messages.text("authorisations.scope.all")
                : Messages.text("authorisations.scope.named", row.accountCount());
    }

    /** Looks up who may do the chosen activity on the chosen account now. */
    public void lookUpWhoMay() {
        whoMay = CommandFeedback.run("whoMay", () -> authorisations.whoMay(whoMayAccount, whoMayActivity))
                .orElse(null);
    }

    /** Who may do the chosen activity on the chosen account now (null until asked). */
    public List<AuthorisationLine> getWhoMay() {
        return whoMay;
    }

    /** The authorisations ending in the next 30 days (read once per view). */
    public List<AuthorisationLine> getExpiring() {
        if (expiring == null) {
            expiring = authorisations.expiringSoon();
        }
        return expiring;
    }

    /** How many of the authorisations ending soon the panel shows at most. */
    public int getExpiringShown() {
        return AuthorisationQueries.EXPIRING_SHOWN;
    }

    /** The accounts matching what the user typed (their labels are remembered). */
    public List<String> completeAccount(String typed) {
        return labels.offer(authorisations.accountsMatching(typed));
    }

    /** How the form shows a chosen account. */
    public String accountLabel(String accountId) {
        return labels.of(accountId, authorisations::accountLabel);
    }

    /** The roles to filter by. */
    public List<String> getRoles() {
        return authorisations.roles();
    }

    /** The statuses to filter by. */
    public List<String> getStatuses() {
        return authorisations.statuses();
    }

    /** The activities to ask about. */
    public List<String> getActivities() {
        return authorisations.activities();
    }

    /** The account asked about. @return its id */
    public String getWhoMayAccount() {
        return whoMayAccount;
    }

    /** Sets the account asked about. @param whoMayAccount its id */
    public void setWhoMayAccount(String whoMayAccount) {
        this.whoMayAccount = whoMayAccount;
    }

    /** The activity asked about. @return it */
    public String getWhoMayActivity() {
        return whoMayActivity;
    }

    /** Sets the activity asked about. @param whoMayActivity it */
    public void setWhoMayActivity(String whoMayActivity) {
        this.whoMayActivity = whoMayActivity;
    }
}
