package au.gov.dss.socialmedia.admin.post.application;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeLookup;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.Ids;
import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.StoredChanges;
import au.gov.dss.socialmedia.admin.platform.command.StoredVersions;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.account.AccountRepository;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.post.BusinessAreaConsent;
import au.gov.dss.socialmedia.domain.post.Media;
import au.gov.dss.socialmedia.domain.post.MediaKind;
import au.gov.dss.socialmedia.domain.post.OfficialPost;
import au.gov.dss.socialmedia.domain.post.PostContent;
import au.gov.dss.socialmedia.domain.post.PostEvent;
import au.gov.dss.socialmedia.domain.post.PostRepository;
import au.gov.dss.socialmedia.domain.post.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The use cases that change official posts: draft and edit (the text must fit the account's platform), submit (with
 * every other business area's consent), approve (with an assessment the server makes of the content as it is: never
 * with a blocking finding, each warning acknowledged by its key), reject with reasons, publish (with a fresh
 * assessment by the rule set in force, and where the post now lives), record where it lives, withdraw. Each loads the
 * post and its account, lets the domain decide, stores it, keeps its event as a record, and is checked and audited
 * by the {@link CommandRunner}.
 */
@ApplicationScoped
@Transactional
public class PostCommands {

    private PostRepository posts;
    private AccountRepository accounts;
    private EmployeeLookup lookup;
    private AuthorityCheck authority;
    private PostScreening screening;
    private PlatformLimits limits;
    private CurrentUser user;
    private CommandRunner commands;
    private RecordKeeping records;
    private Clock clock;
    private StoredChanges changes;

    /** For CDI's proxies. */
    protected PostCommands() {
    }

    /** The use cases over their ports. */
    @Inject
    @SuppressWarnings("checkstyle:ParameterNumber")
    public PostCommands(PostRepository posts, AccountRepository accounts, EmployeeLookup lookup,
                        AuthorityCheck authority, PostScreening screening, PlatformLimits limits,
                        StoredVersions versions, CurrentUser user, CommandRunner commands, RecordKeeping records,
                        Clock clock) {
        this.posts = posts;
        this.accounts = accounts;
        this.lookup = lookup;
        this.authority = authority;
        this.screening = screening;
        this.limits = limits;
        this.user = user;
        this.commands = commands;
        this.records = records;
        this.clock = clock;
        this.changes = new StoredChanges(commands, versions, records);
    }

    /** Drafts a post for the form's account; returns its id. */
    public String draft(PostForm form) {
        return commands.run(ProtectedAction.POST_DRAFT, Subject.none(excerpt(form.text())), () -> {
            SocialMediaAccount account = Ids.parse(form.accountId(), AccountId::of).flatMap(accounts::find)
                    .orElseThrow(() -> new InvalidInputException("account", "posts.noSuchAccount",
                            String.valueOf(form.accountId()), "choose the account the post is for"));
            PostContent content = content(form, List.of());
            limits.fits(account.address().platform(), content.text()).orThrow();
            var drafted = OfficialPost.draft(user.employee(), account, content, authority, clock);
            posts.save(drafted.post());
            records.capture(drafted.event());
            String id = drafted.post().id().toString();
            return Done.created(id, Subject.of(SubjectKind.POST, id, excerpt(content.text())),
                    "Drafted for " + account.address().label());
        });
    }

    /** Replaces the post's content with the form's; an approved post goes back to review. */
    public void edit(String postId, long version, PostForm form) {
        change(ProtectedAction.POST_EDIT, postId, version, (post, account) -> {
            PostContent content = content(form, post.content().consents());
            limits.fits(account.address().platform(), content.text()).orThrow();
            return post.edit(user.employee(), account, content, authority, clock);
        }, "Edited");
    }

    /** Gives the consent of the user's business area to the draft that speaks for it, with its advice. */
    public void giveConsent(String postId, long version, String advice) {
        change(ProtectedAction.POST_ANSWER_CONSENT, postId, version, (post, account) -> post.giveConsent(
                user.employee(), account, user.employee().businessArea(), advice, clock),
                "Consent of " + user.employee().businessArea().name() + " given");
    }

    /** Refuses the consent of the user's business area to the draft that speaks for it, saying why. */
    public void refuseConsent(String postId, long version, String note) {
        change(ProtectedAction.POST_ANSWER_CONSENT, postId, version, (post, account) -> post.refuseConsent(
                user.employee(), account, user.employee().businessArea(), note, clock),
                "Consent of " + user.employee().businessArea().name() + " refused: " + note);
    }

    /** Sends the draft for review. */
    public void submit(String postId, long version) {
        change(ProtectedAction.POST_SUBMIT, postId, version,
                (post, account) -> post.submit(user.employee(), account, clock), "Submitted for review");
    }

    /**
     * Approves the submitted post, as screened now for its author, acknowledging the warnings whose keys are given;
     * with a publication time it publishes itself then.
     */
    public void approve(String postId, long version, String note, Set<String> acknowledged, Instant publishAt) {
        change(ProtectedAction.POST_APPROVE, postId, version, (post, account) -> {
            ComplianceAssessment assessment = screening.assess(post.content(), account, post.author());
            return post.approve(user.employee(), note, assessment, PostScreening.acknowledged(assessment,
                    acknowledged == null ? Set.of() : acknowledged), publishAt, authority, clock);
        }, publishAt == null ? "Approved" : "Approved to publish at " + publishAt);
    }

    /** Rejects the submitted post with reasons. */
    public void reject(String postId, long version, String reason) {
        change(ProtectedAction.POST_REJECT, postId, version,
                (post, account) -> post.reject(user.employee(), reason, authority, clock), "Rejected: " + reason);
    }

    /** Publishes the approved post now, as screened now for the publisher, at the address given (or none yet). */
    public void publish(String postId, long version, String address) {
        change(ProtectedAction.POST_PUBLISH, postId, version, (post, account) -> post.publish(user.employee(),
                        account, screening.assess(post.content(), account, user.employee().id()), address,
                        authority, clock),
                address == null || address.isBlank() ? "Published" : "Published at " + address.strip());
    }

    /** Records where the published post lives on its platform. */
    public void recordAddress(String postId, long version, String address) {
        change(ProtectedAction.POST_RECORD_ADDRESS, postId, version,
                (post, account) -> post.recordAddress(user.employee(), account, address, authority, clock),
                "Lives at " + address);
    }

    /** Withdraws the post (or records that a published one was taken down), for a reason. */
    public void withdraw(String postId, long version, String reason) {
        change(ProtectedAction.POST_WITHDRAW, postId, version,
                (post, account) -> post.withdraw(user.employee(), account, reason, authority, clock),
                "Withdrawn: " + reason);
    }

    /**
     * Publishes one approved post whose scheduled time has come, for its author, if every rule of publication
     * holds now; otherwise keeps why on the post for its author. Run by the scheduler, as the app.
     *
     * @return whether it was published
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean publishScheduled(String postId) {
        Optional<OfficialPost> stored = Ids.parse(postId, PostId::of).flatMap(posts::find);
        String label = stored.map(post -> excerpt(post.content().text())).orElse("an unknown post");
        if (stored.isEmpty() || !stored.get().isDueForPublication(clock.instant())) {
            return false;
        }
        return commands.runAsApp(ProtectedAction.POST_PUBLISH_SCHEDULED,
                Subject.of(SubjectKind.POST, postId, label), () -> {
                    OfficialPost post = stored.get();
                    SocialMediaAccount account = accounts.get(post.accountId());
                    PostEvent event = post.publishScheduled(account,
                            screening.assess(post.content(), account, post.author()), authority, clock);
                    posts.save(post);
                    records.capture(event);
                    if (event instanceof PostEvent.PostPublicationRefused refused) {
                        return Done.returning(false, "Not published: " + refused.refusal().reason());
                    }
                    return Done.returning(true, "Published as scheduled");
                });
    }

    private void change(ProtectedAction action, String postId, long version, PostChange command, String summary) {
        Optional<OfficialPost> stored = Ids.parse(postId, PostId::of).flatMap(posts::find);
        String label = stored.map(post -> excerpt(post.content().text())).orElse("an unknown post");
        changes.apply(action, Subject.of(SubjectKind.POST, String.valueOf(postId), label),
                "The post '" + label + "'", version, stored,
                post -> command.apply(post, accounts.get(post.accountId())), posts::save, summary);
    }

    /** A change of a post on its account. */
    @FunctionalInterface
    private interface PostChange {
        PostEvent apply(OfficialPost post, SocialMediaAccount account);
    }

    /** The form's media items, as the domain has them; an unknown kind is refused on the form. */
    static List<Media> media(PostForm form) {
        return form.media().stream().map(item -> new Media(kind(item.kind()), item.description(),
                item.altText(), item.captioned(), item.rightsCleared(), item.showsBranding(),
                item.brandingApproved())).toList();
    }

    /** The form's content, keeping the consents already given of the areas it still speaks for. */
    private PostContent content(PostForm form, List<BusinessAreaConsent> given) {
        List<Media> media = media(form);
        List<Source> sources = form.sources().stream()
                .map(source -> new Source(source.citation(), source.url() == null ? "" : source.url().strip()))
                .toList();
        Set<BusinessArea> areas = new LinkedHashSet<>();
        for (String code : form.speaksFor()) {
            areas.add(lookup.businessArea(code).orElseThrow(() -> new InvalidInputException("speaksFor",
                    "constraint.unknownArea", code, "no business area has the code '" + code + "'")));
        }
        return new PostContent(form.text(), media, sources, areas,
                given.stream().filter(consent -> areas.contains(consent.area())).toList());
    }

    private static MediaKind kind(String name) {
        try {
            return MediaKind.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("media", "posts.noSuchMediaKind", name,
                    "a media item is an image, a video or an audio clip");
        }
    }

    /** The start of a text, as the audit trail names a post. */
    static String excerpt(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }
}
