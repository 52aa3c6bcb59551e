package au.gov.dss.socialmedia.admin.authorisation.web;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationFilter;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationLine;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationQueries;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationRow;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.CsvExport;
import au.gov.dss.socialmedia.admin.web.Formats;
import au.gov.dss.socialmedia.admin.web.LazyList;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
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
public class AuthorisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Sort DEFAULT = Sort.by("holderName");

    @Inject
    AuthorisationQueries authorisations;

    @Inject
    Formats fmt;

    @Inject
    Clock clock;

    private final PickLabels labels = new PickLabels();
    private LazyList<AuthorisationFilter, AuthorisationRow> model;
    private String text;
    private String role;
    private String status;
    private String sort;
    private String order;
    private String whoMayAccount;
    private String whoMayActivity = Activity.PUBLISH.name();
    private List<AuthorisationLine> whoMay;
    private List<AuthorisationLine> expiring;

    @PostConstruct
    void init() {
        model = new LazyList<>(authorisations, this::filter, AuthorisationRow::id);
    }

    private AuthorisationFilter filter(Sort clicked) {
        return new AuthorisationFilter(text, role, status, clicked != null ? clicked : Sort.of(sort, order, DEFAULT));
    }

    /** Applies the filter: the list shows its first page, and the address names the filter. */
    public void apply() {
        Pages.resetList("list:table");
        Pages.showInAddress(Pages.params("q", text, "role", role, "status", status, "sort", sort, "order", order));
    }

    /** The authorisations matching the filter, as a CSV file. */
    public StreamedContent export() {
        List<AuthorisationRow> rows = CommandFeedback.run("filter", () -> authorisations.export(filter(null)))
                .orElse(null);
        if (rows == null) {
            return null;
        }
        return CsvExport.file(Pages.exportName("authorisations", clock), List.of(
                        Messages.text("authorisations.holder"), Messages.text("authorisations.employeeNumber"),
                        Messages.text("authorisations.role"), Messages.text("authorisations.scope"),
                        Messages.text("authorisations.activities"), Messages.text("authorisations.from"),
                        Messages.text("authorisations.until"), Messages.text("authorisations.training"),
                        Messages.text("authorisations.status")), rows,
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

    /** The rows, loaded page by page from the database. */
    public LazyList<AuthorisationFilter, AuthorisationRow> getModel() {
        return model;
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

    /** Text to filter by. @return it */
    public String getText() {
        return text;
    }

    /** Sets the text to filter by. @param text it */
    public void setText(String text) {
        this.text = text;
    }

    /** The role to filter by. @return it */
    public String getRole() {
        return role;
    }

    /** Sets the role to filter by. @param role it */
    public void setRole(String role) {
        this.role = role;
    }

    /** The status to filter by. @return it */
    public String getStatus() {
        return status;
    }

    /** Sets the status to filter by. @param status it */
    public void setStatus(String status) {
        this.status = status;
    }

    /** The column to sort by when none was clicked. @return it */
    public String getSort() {
        return sort;
    }

    /** Sets the column to sort by. @param sort it */
    public void setSort(String sort) {
        this.sort = sort;
    }

    /** "desc" to sort descending. @return it */
    public String getOrder() {
        return order;
    }

    /** Sets the order. @param order it */
    public void setOrder(String order) {
        this.order = order;
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
