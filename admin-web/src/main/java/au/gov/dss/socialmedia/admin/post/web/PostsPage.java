package au.gov.dss.socialmedia.admin.post.web;

import au.gov.dss.socialmedia.admin.post.application.PostFilter;
import au.gov.dss.socialmedia.admin.post.application.PostQueries;
import au.gov.dss.socialmedia.admin.post.application.PostRow;
import au.gov.dss.socialmedia.admin.web.DatedListPage;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The official posts: filtered by words, account, state (scheduled among them), author and the days drafted (from
 * the address too), paged and sorted in the database, newest first; each links to its page; exported as filtered.
 * Writing a post has a page of its own; the calendar shows the same posts by day.
 */
@Named
@ViewScoped
public class PostsPage extends DatedListPage<PostFilter, PostRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    PostQueries queries;

    private final PickLabels labels = new PickLabels();

    @PostConstruct
    void init() {
        show(queries, null, order -> new PostFilter(part("q"), part("account"), part("status"), part("author"),
                getFrom(), getUntil(), order));
    }

    /** The posts matching the filter, as a CSV file. */
    public StreamedContent export() {
        return csv("posts", queries::export, List.of("posts.text", "posts.account", "posts.author", "posts.status",
                        "posts.draftedAt", "posts.when"),
                row -> List.of(row.excerpt(), row.account(), row.author(), fmt.code("postStatus", row.status()),
                        fmt.when(row.draftedAt()), fmt.when(row.when())));
    }

    /** The states to filter by. */
    public List<String> getStatuses() {
        return queries.statuses();
    }

    /** The accounts whose address contains what was typed (their labels are remembered). */
    public List<String> completeAccount(String typed) {
        return labels.offer(queries.accountsMatching(typed, PostQueries.CHOICES));
    }

    /** How the filter shows a chosen account. */
    public String accountLabel(String accountId) {
        return labels.of(accountId, id -> queries.accountLabel(id).orElse(id));
    }

    /** The employees whose name or number contains what was typed (their labels are remembered). */
    public List<String> completeAuthor(String typed) {
        return labels.offer(queries.employeesMatching(typed, PostQueries.CHOICES));
    }

    /** How the filter shows a chosen author. */
    public String authorLabel(String employeeNumber) {
        return labels.of(employeeNumber, number -> queries.employeeLabel(number).orElse(number));
    }
}
