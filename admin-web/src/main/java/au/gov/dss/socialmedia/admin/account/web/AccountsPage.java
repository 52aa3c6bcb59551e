package au.gov.dss.socialmedia.admin.account.web;

import au.gov.dss.socialmedia.admin.account.application.AccountFilter;
import au.gov.dss.socialmedia.admin.account.application.AccountQueries;
import au.gov.dss.socialmedia.admin.account.application.AccountRow;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.web.ListPage;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The accounts list: filtered by text, state and platform (from the address too), paged and sorted in the
 * database; each account links to its page; exported as filtered. Proposing an account has a page of its own.
 */
@Named
@ViewScoped
public class AccountsPage extends ListPage<AccountFilter, AccountRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountQueries accounts;

    @PostConstruct
    void init() {
        show(accounts, Sort.by("address"), order -> new AccountFilter(
                part("q"), part("state"), part("platform"), order));
    }

    /** The accounts matching the filter, as a CSV file. */
    public StreamedContent export() {
        return csv("accounts", accounts::export, List.of("accounts.address", "accounts.platform",
                        "accounts.owningArea", "accounts.administrator", "accounts.state", "accounts.privacyNextDue"),
                row -> List.of(row.address(), row.platform(), row.owningArea(), row.administrator(),
                        fmt.code("accountState", row.state()), fmt.day(row.privacyNextDue())));
    }

    /** The states to filter by. */
    public List<String> getStates() {
        return accounts.states();
    }

    /** The platforms to filter by. */
    public PlatformKind[] getPlatforms() {
        return PlatformKind.values();
    }
}
