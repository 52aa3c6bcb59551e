package au.gov.dss.socialmedia.admin.initiative.web;

import au.gov.dss.socialmedia.admin.initiative.application.InitiativeCommands;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeFilter;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeQueries;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeRow;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.CsvExport;
import au.gov.dss.socialmedia.admin.web.Formats;
import au.gov.dss.socialmedia.admin.web.LazyList;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The initiatives list: filtered by title, status and sponsoring area (from the address too), paged and sorted in
 * the database, newest first, each linking to its page; exported as filtered; a new initiative is drafted in a
 * dialog and opens on its own page.
 */
@Named
@ViewScoped
public class InitiativesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InitiativeQueries queries;

    @Inject
    InitiativeCommands commands;

    @Inject
    Formats fmt;

    @Inject
    Clock clock;

    private LazyList<InitiativeFilter, InitiativeRow> model;
    private String text;
    private String status;
    private String area;
    private String sort;
    private String order;
    private String newTitle;
    private String newArea;
    private List<Option> areas;

    @PostConstruct
    void init() {
        model = new LazyList<>(queries, this::filter, InitiativeRow::id);
        newArea = queries.defaultArea();
    }

    private InitiativeFilter filter(Sort clicked) {
        return new InitiativeFilter(text, status, area, clicked != null ? clicked : Sort.of(sort, order, null));
    }

    /** Applies the filter: the list shows its first page, and the address names the filter. */
    public void apply() {
        Pages.resetList("list:table");
        Pages.showInAddress(Pages.params("q", text, "status", status, "area", area, "sort", sort, "order", order));
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
        List<InitiativeRow> rows = CommandFeedback.run("filter", () -> queries.export(filter(null))).orElse(null);
        if (rows == null) {
            return null;
        }
        return CsvExport.file(Pages.exportName("initiatives", clock), List.of(Messages.text("initiatives.initiative"),
                        Messages.text("initiatives.sponsoringArea"), Messages.text("initiatives.submitter"),
                        Messages.text("initiatives.status"), Messages.text("initiatives.draftedAt")), rows,
                row -> List.of(row.title(), row.sponsoringArea(), row.submitter(),
                        fmt.code("initiativeStatus", row.status()), fmt.when(row.draftedAt())));
    }

    /** The rows, loaded page by page from the database. */
    public LazyList<InitiativeFilter, InitiativeRow> getModel() {
        return model;
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

    /** Text to filter by. @return it */
    public String getText() {
        return text;
    }

    /** Sets the text. @param text it */
    public void setText(String text) {
        this.text = text;
    }

    /** The status to filter by. @return it */
    public String getStatus() {
        return status;
    }

    /** Sets the status. @param status it */
    public void setStatus(String status) {
        this.status = status;
    }

    /** The sponsoring area to filter by. @return its code */
    public String getArea() {
        return area;
    }

    /** Sets the sponsoring area. @param area its code */
    public void setArea(String area) {
        this.area = area;
    }

    /** The column sorted by when none was clicked. @return it */
    public String getSort() {
        return sort;
    }

    /** Sets the column. @param sort it */
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
