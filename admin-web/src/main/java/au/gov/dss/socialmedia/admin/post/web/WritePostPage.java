package au.gov.dss.socialmedia.admin.post.web;

import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.post.application.PostCommands;
import au.gov.dss.socialmedia.admin.post.application.PostDetail;
import au.gov.dss.socialmedia.admin.post.application.PostForm;
import au.gov.dss.socialmedia.admin.post.application.PostQueries;
import au.gov.dss.socialmedia.admin.screening.application.MarkedText;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Writing an official post ({@code /app/write-post.xhtml}, or {@code ?id=} to edit one): the account (only those
 * the writer may post to now), the text with the characters the platform leaves, the media with what accessibility
 * and copyright need, the sources and the other business areas it speaks for. The text is screened as it is typed
 * (at most once every 700 ms, nothing stored): every finding highlighted in place with its advice and clause, the
 * outcome always in view. Saving drafts the post, or saves the edit, and opens the post's page.
 */
@Named
@ViewScoped
public class WritePostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PostQueries queries;

    @Inject
    PostCommands commands;

    private String id;
    private PostDetail editing;
    private String account;
    private String text;
    private final List<MediaRow> media = new ArrayList<>();
    private final List<SourceRow> sources = new ArrayList<>();
    private List<String> speaksFor = new ArrayList<>();
    private List<Option> accounts;
    private List<Option> areas;
    private MarkedText screening;
    private PostQueries.PlatformLimit limit;
    private String limitOf;

    /** Reads the post to edit, when the address names one; answers 404 when there is none to edit. */
    public void load() {
        if (id == null || id.isBlank()) {
            if (account == null && getAccounts().size() == 1) {
                account = getAccounts().get(0).value();
            }
            return;
        }
        editing = queries.detail(id).filter(post -> post.may("POST_EDIT")).orElse(null);
        if (editing == null) {
            Pages.notFound();
            return;
        }
        account = editing.accountId();
        text = editing.text();
        editing.media().forEach(m -> media.add(MediaRow.of(m.kind(), m.description(), m.altText(), m.captioned(),
                m.rightsCleared(), m.showsBranding(), m.brandingApproved())));
        editing.sources().forEach(s -> sources.add(SourceRow.of(s.citation(), s.url())));
        speaksFor = new ArrayList<>(editing.speaksForCodes());
        screening = editing.screening();
    }

    /** Screens the text as it is now, for the chosen account; keeps what it shows when screened a moment ago. */
    public void screen() {
        if (account == null || account.isBlank()) {
            return;
        }
        CommandFeedback.run("post", () -> queries.screen(account, form())).flatMap(found -> found)
                .ifPresent(found -> screening = found);
    }

    /** Drafts the post (or saves the edit) and opens its page. */
    public String save() {
        if (editing == null) {
            return CommandFeedback.run("post", () -> commands.draft(form())).map(created -> {
                Messages.info("posts.drafted");
                return Pages.to("/app/post", created);
            }).orElse(null);
        }
        if (!CommandFeedback.attempt("post", () -> commands.edit(id, editing.version(), form()))) {
            return null;
        }
        Messages.info("posts.saved");
        return Pages.to("/app/post", id);
    }

    private PostForm form() {
        return new PostForm(account, text, media.stream().map(MediaRow::item).toList(),
                sources.stream().map(SourceRow::item).toList(), speaksFor);
    }

    /** Adds an empty media item. */
    public void addMedia() {
        media.add(new MediaRow());
    }

    /** Removes the media item at the position. */
    public void removeMedia(int index) {
        if (index >= 0 && index < media.size()) {
            media.remove(index);
        }
        screen();
    }

    /** Adds an empty source. */
    public void addSource() {
        sources.add(new SourceRow());
    }

    /** Removes the source at the position. */
    public void removeSource(int index) {
        if (index >= 0 && index < sources.size()) {
            sources.remove(index);
        }
    }

    /** How many characters the account's platform leaves after the text (negative when over). */
    public int getCharactersLeft() {
        return PostQueries.charactersLeft(limit(), text);
    }

    /** The chosen account's platform and limit, read once per account chosen. */
    private PostQueries.PlatformLimit limit() {
        if (account == null || account.isBlank()) {
            return null;
        }
        if (limit == null || !account.equals(limitOf)) {
            limit = queries.limitOf(account).orElse(null);
            limitOf = account;
        }
        return limit;
    }

    /** What the platform allows, in words ("X (Twitter) allows 280 characters; each link counts as 23"). */
    public String getLimitHint() {
        PostQueries.PlatformLimit shown = limit();
        return shown == null ? "" : Messages.text("X_TWITTER".equals(shown.platform()) ? "posts.limitX"
                : "posts.limit", shown.platformName(), String.format(Messages.EN_AU, "%,d", shown.limit()));
    }

    /** The characters left, or over, in words. */
    public String getLeftHint() {
        int left = getCharactersLeft();
        return left < 0 ? Messages.text("posts.over", String.format(Messages.EN_AU, "%,d", -left))
                : Messages.text("posts.left", String.format(Messages.EN_AU, "%,d", left));
    }

    /** The accounts the writer may post to whose address contains what was typed, at most 15. */
    public List<String> completeAccount(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return getAccounts().stream().filter(option -> option.label().toLowerCase(java.util.Locale.ROOT)
                .contains(wanted)).limit(PostQueries.CHOICES).map(Option::value).toList();
    }

    /** How the form shows a chosen account. */
    public String accountLabel(String accountId) {
        return getAccounts().stream().filter(option -> option.value().equals(accountId)).map(Option::label)
                .findFirst().orElse("");
    }

    /** The accounts the writer may post to now (read once per view). */
    public List<Option> getAccounts() {
        if (accounts == null) {
            accounts = queries.accountsToPostTo();
        }
        return accounts;
    }

    /** The business areas a post may speak for (read once per view). */
    public List<Option> getAreas() {
        if (areas == null) {
            areas = queries.businessAreas();
        }
        return areas;
    }

    /** Whether the page edits a stored post. */
    public boolean isEditing() {
        return editing != null;
    }

    /** The post being edited, or null. */
    public PostDetail getPost() {
        return editing;
    }

    /** What the rule set in force finds in the text (null before the first screening). */
    public MarkedText getScreening() {
        return screening;
    }

    /** @return the post's id, from the address */
    public String getId() {
        return id;
    }

    /** @param id the post's id */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the chosen account's id */
    public String getAccount() {
        return account;
    }

    /** @param account the chosen account's id */
    public void setAccount(String account) {
        this.account = account;
    }

    /** @return the text */
    public String getText() {
        return text;
    }

    /** @param text the text */
    public void setText(String text) {
        this.text = text;
    }

    /** @return the media items */
    public List<MediaRow> getMedia() {
        return media;
    }

    /** @return the sources */
    public List<SourceRow> getSources() {
        return sources;
    }

    /** @return the codes of the areas it speaks for */
    public List<String> getSpeaksFor() {
        return speaksFor;
    }

    /** @param speaksFor the codes of the areas it speaks for */
    public void setSpeaksFor(List<String> speaksFor) {
        this.speaksFor = speaksFor == null ? new ArrayList<>() : new ArrayList<>(speaksFor);
    }
}
