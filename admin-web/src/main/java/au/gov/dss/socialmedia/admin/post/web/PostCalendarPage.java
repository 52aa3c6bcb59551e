package au.gov.dss.socialmedia.admin.post.web;

import au.gov.dss.socialmedia.admin.post.application.PostQueries;
import au.gov.dss.socialmedia.admin.post.application.PostRow;
import au.gov.dss.socialmedia.admin.web.Formats;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The calendar of official posts ({@code /app/post-calendar.xhtml}, {@code ?account=} for one account), by month
 * or week: each post on the day it was published, is to be published, or (not yet approved) was started; its state
 * by colour and in words; each links to its page. Read from the database for the days shown only.
 */
@Named
@ViewScoped
public class PostCalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PostQueries queries;

    @Inject
    Clock clock;

    @Inject
    Formats fmt;

    private final PickLabels labels = new PickLabels();
    private String account;
    private final ScheduleModel model = new PostsModel();

    /** The posts of the days shown, loaded as the calendar moves. */
    private final class PostsModel extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            Instant from = start.atZone(clock.getZone()).toInstant();
            Instant until = end.atZone(clock.getZone()).toInstant();
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            for (PostRow row : queries.calendar(blankAsNull(account), from, until)) {
                Instant when = row.when() == null ? row.draftedAt() : row.when();
                LocalDateTime at = LocalDateTime.ofInstant(when, clock.getZone());
                addEvent(DefaultScheduleEvent.builder()
                        .title(fmt.code("postStatus", row.status()) + ": " + row.excerpt())
                        .description(row.account() + " — " + row.author())
                        .startDate(at).endDate(at.plusMinutes(30))
                        .styleClass("post-state-" + row.status())
                        .url(context + "/app/post.xhtml?id=" + URLEncoder.encode(row.id(), StandardCharsets.UTF_8))
                        .build());
            }
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The calendar's posts. */
    public ScheduleModel getModel() {
        return model;
    }

    /** The accounts whose address contains what was typed (their labels are remembered). */
    public List<String> completeAccount(String typed) {
        return labels.offer(queries.accountsMatching(typed, PostQueries.CHOICES));
    }

    /** How the filter shows a chosen account. */
    public String accountLabel(String accountId) {
        return labels.of(accountId, id -> queries.accountLabel(id).orElse(id));
    }

    /** @return the account shown, or null for all */
    public String getAccount() {
        return account;
    }

    /** @param account the account shown, or null for all */
    public void setAccount(String account) {
        this.account = account;
    }
}
