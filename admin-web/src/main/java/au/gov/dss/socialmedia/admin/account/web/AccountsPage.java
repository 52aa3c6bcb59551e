package au.gov.dss.socialmedia.admin.account.web;

import au.gov.dss.socialmedia.admin.account.application.AccountFilter;
import au.gov.dss.socialmedia.admin.account.application.AccountQueries;
import au.gov.dss.socialmedia.admin.account.application.AccountRow;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.CsvExport;
import au.gov.dss.socialmedia.admin.web.Formats;
import au.gov.dss.socialmedia.admin.web.LazyList;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The accounts list: filtered by text, state and platform (from the address too), paged and sorted in the
 * database; each account links to its page; exported as filtered. Proposing an account has a page of its own.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Sort DEFAULT = Sort.by("address");

    @Inject
    AccountQueries accounts;

    @Inject
    Formats fmt;

    @Inject
    Clock clock;

    private LazyList<AccountFilter, AccountRow> model;
    private String text;
    private String state;
    private String platform;
    private String sort;
    private String order;

    @PostConstruct
    void init() {
        model = new LazyList<>(accounts, this::filter, AccountRow::id);
    }

    private AccountFilter filter(Sort clicked) {
        return new AccountFilter(text, state, platform, clicked != null ? clicked : Sort.of(sort, order, DEFAULT));
    }

    /** Applies the filter: the list shows its first page, and the address names the filter. */
    public void apply() {
        Pages.resetList("list:table");
        Pages.showInAddress(Pages.params("q", text, "state", state, "platform", platform, "sort", sort,
                "order", order));
    }

    /** The accounts matching the filter, as a CSV file. */
    public StreamedContent export() {
        List<AccountRow> rows = CommandFeedback.run("filter", () -> accounts.export(filter(null))).orElse(null);
        if (rows == null) {
            return null;
        }
        return CsvExport.file(Pages.exportName("accounts", clock), List.of(Messages.text("accounts.address"),
                        Messages.text("accounts.platform"), Messages.text("accounts.owningArea"),
                        Messages.text("accounts.administrator"), Messages.text("accounts.state"),
                        Messages.text("accounts.privacyNextDue")), rows,
                row -> List.of(row.address(), row.platform(), row.owningArea(), row.administrator(),
                        fmt.code("accountState", row.state()), fmt.day(row.privacyNextDue())));
    }

    /** The rows, loaded page by page from the database. */
    public LazyList<AccountFilter, AccountRow> getModel() {
        return model;
    }

    /** The states to filter by. */
    public List<String> getStates() {
        return accounts.states();
    }

    /** The platforms to filter by. */
    public PlatformKind[] getPlatforms() {
        return PlatformKind.values();
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

    /** The column sorted by when none was clicked (a link may name it). @return it */
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
}
