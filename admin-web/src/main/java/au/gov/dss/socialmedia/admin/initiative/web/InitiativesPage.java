package au.gov.dss.socialmedia.admin.initiative.web;

import au.gov.dss.socialmedia.admin.initiative.application.InitiativeCommands;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeFilter;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeQueries;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeRow;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.ListPage;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The initiatives list: filtered by title, status and sponsoring area (from the address too), paged and sorted in
 * the database, newest first, each linking to its page; exported as filtered; a new initiative is drafted in a
 * dialog and opens on its own page.
 */
@Named
@ViewScoped
public class InitiativesPage extends ListPage<InitiativeFilter, InitiativeRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    InitiativeQueries queries;

    @Inject
    InitiativeCommands commands;

    private String newTitle;
    private String newArea;
    private List<Option> areas;

    @PostConstruct
    void init() {
        show(queries, null, order -> new InitiativeFilter(part("q"), part("status"), part("area"), order));
        newArea = queries.defaultArea();
    }

    /** Drafts the new initiative; opens its page. */
    public String draft() {
        return CommandFeedback.run("draftForm", () -> commands.draft(newTitle, newArea)).map(id -> {
            Messages.info("initiatives.drafted", newTitle);
            return Pages.to("/app/initiative", id);
        }).orElse(null);
    }

    /** The initiatives matching the filter, as a CSV file. */
    public StreamedContent export() {
        return csv("initiatives", queries::export, List.of(
                        "initiatives.initiative", "initiatives.sponsoringArea", "initiatives.submitter",
                        "initiatives.status", "initiatives.draftedAt"),
                row -> List.of(row.title(), row.sponsoringArea(), row.submitter(),
                        fmt.code("initiativeStatus", row.status()), fmt.when(row.draftedAt())));
    }

    /** The statuses to filter by. */
    public List<String> getStatuses() {
        return queries.statuses();
    }

    /** The business areas (read once per view). */
    public List<Option> getAreas() {
        if (areas == null) {
            areas = queries.businessAreas();
        }
        return areas;
    }

    /** The most characters a title may have. */
    public int getTitleLimit() {
        return Initiative.MAX_TITLE;
    }

    /** The new initiative's title. @return it */
    public String getNewTitle() {
        return newTitle;
    }

    /** Sets the new initiative's title. @param newTitle it */
    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    /** The new initiative's sponsoring area. @return its code */
    public String getNewArea() {
        return newArea;
    }

    /** Sets the new initiative's sponsoring area. @param newArea its code */
    public void setNewArea(String newArea) {
        this.newArea = newArea;
    }
}
