package au.gov.dss.socialmedia.admin.post.application;

import au.gov.dss.socialmedia.admin.account.application.AccountListing;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeLookup;
import au.gov.dss.socialmedia.admin.platform.audit.History;
import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Ids;
import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.StoredVersions;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.platform.listing.ListQueries;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.screening.application.MarkedText;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.account.AccountRepository;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRegister;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.post.Approval;
import au.gov.dss.socialmedia.domain.post.ConsentPolicy;
import au.gov.dss.socialmedia.domain.post.Media;
import au.gov.dss.socialmedia.domain.post.OfficialPost;
import au.gov.dss.socialmedia.domain.post.PostContent;
import au.gov.dss.socialmedia.domain.post.PostRepository;
import au.gov.dss.socialmedia.domain.post.PostStatus;
import au.gov.dss.socialmedia.domain.post.PlatformLength;
import au.gov.dss.socialmedia.domain.post.PublicationPolicy;
import au.gov.dss.socialmedia.domain.post.ReviewPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the pages read about official posts: the list (paged and filtered in the database, exported as filtered), a
 * post's page (with what the rule set in force finds in it, what changed since its last review, and the actions
 * open to the reader), the accounts the reader may post to now, the calendar, the review queue and the screening of
 * a draft as it is typed (nothing stored; at most one screening per person every {@link #SCREENING_INTERVAL}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PostQueries extends ListQueries<PostFilter, PostRow> {

    /** How many choices a filter that is typed into offers. */
    public static final int CHOICES = 15;

    /** The least time between two screenings of one person's draft. */
    public static final Duration SCREENING_INTERVAL = Duration.ofMillis(700);

    private static final long serialVersionUID = 1L;

    private transient PostListing listing;
    private transient PostRepository posts;
    private transient AccountRepository accounts;
    private transient AccountListing accountListing;
    private transient EmployeeLookup employees;
    private transient AuthorityCheck authority;
    private transient AuthorisationRegister register;
    private transient PostScreening screening;
    private transient PlatformLimits limits;
    private transient History history;
    private transient StoredVersions versions;
    private transient CurrentUser user;
    private transient Clock clock;
    private final transient Map<String, Instant> lastScreening = new ConcurrentHashMap<>();

    /** For CDI's proxies. */
    protected PostQueries() {
    }

    /** The queries over their ports. */
    @Inject
    @SuppressWarnings("checkstyle:ParameterNumber")
    public PostQueries(PostListing listing, PostRepository posts, AccountRepository accounts,
                       AccountListing accountListing, EmployeeLookup employees, AuthorisationRegister authority,
                       PostScreening screening, PlatformLimits limits, History history, StoredVersions versions,
                       CurrentUser user, CommandRunner commands, Clock clock) {
        super(listing, commands, ProtectedAction.POST_EXPORT, "posts");
        this.listing = listing;
        this.posts = posts;
        this.accounts = accounts;
        this.accountListing = accountListing;
        this.employees = employees;
        this.authority = authority;
        this.register = authority;
        this.screening = screening;
        this.limits = limits;
        this.history = history;
        this.versions = versions;
        this.user = user;
        this.clock = clock;
    }

    /** The post's page, if it exists. */
    public Optional<PostDetail> detail(String postId) {
        return Ids.parse(postId, PostId::of).flatMap(posts::find).map(this::toDetail);
    }

    private PostDetail toDetail(OfficialPost post) {
        SocialMediaAccount account = accounts.get(post.accountId());
        PostContent content = post.content();
        String id = post.id().toString();
        boolean published = post.status() == PostStatus.PUBLISHED
                || post.status() == PostStatus.WITHDRAWN && post.publishedAt().isPresent();
        MarkedText now = published || post.status() == PostStatus.WITHDRAWN ? null
                : MarkedText.of(content.text(), screening.assess(content, account, post.author()));
        MarkedText publishedWith = post.publishedWith().map(a -> MarkedText.of(content.text(), a)).orElse(null);
        AuthorityAnswer authorAuthority = authority.authorityFor(post.author(), PublicationPolicy.activityFor(account),
                account.id(), clock.instant());
        List<TextDiff.Part> changes = post.reviewedText().filter(seen -> !seen.equals(content.text()))
                .map(seen -> TextDiff.between(seen, content.text())).orElse(List.of());
        return new PostDetail(id, versions.of(SubjectKind.POST, id).orElse(0), account.id().toString(),
                account.address().label(), account.address().platform().name(), nameOf(post.author()),
                post.author().value(), post.contributors().stream().map(this::nameOf).sorted().toList(),
                post.snapshot().draftedAt(), statusOf(post, account), content.text(),
                limits.left(account.address().platform(), content.text()),
                content.media().stream().map(PostQueries::mediaLine).toList(),
                content.sources().stream().map(s -> new PostDetail.SourceLine(s.citation(), s.url())).toList(),
                content.speaksFor().stream().map(BusinessArea::name).sorted().toList(),
                content.consents().stream().map(c -> new PostDetail.ConsentLine(c.area().name(), nameOf(c.givenBy()),
                        c.givenOn(), c.advice())).toList(),
                content.areasWithoutConsent(account.owningArea()).stream().map(BusinessArea::name).sorted().toList(),
                post.approval().map(this::approvalLine).orElse(null), post.rejectionReason().orElse(null),
                post.publicationRefusal().orElse(null), post.publishedAt().orElse(null),
                post.publishedAddress().orElse(null), post.snapshot().withdrawalReason(), now, publishedWith,
                changes, actions(post, account), history.of(SubjectKind.POST, id),
                content.speaksFor().stream().map(BusinessArea::code).sorted().toList(),
                authorityInWords(authorAuthority), authorAuthority instanceof AuthorityAnswer.Holds holds
                        ? holds.authorisation().toString() : null,
                post.consentRefusals().stream().map(r -> r.area().name() + " (" + nameOf(r.refusedBy()) + "): "
                        + r.note()).toList(), consentAskedOfReader(post, account).orElse(null));
    }

    /** The reader's business area, when the post waits for its consent and the reader may answer for it. */
    private Optional<String> consentAskedOfReader(OfficialPost post, SocialMediaAccount account) {
        if (user.username().isEmpty() || post.status() != PostStatus.DRAFT) {
            return Optional.empty();
        }
        Employee reader = user.employee();
        return ConsentPolicy.mayAnswer(post, account, reader, reader.businessArea()).isAllowed()
                ? Optional.of(reader.businessArea().name()) : Optional.empty();
    }

    private static String authorityInWords(AuthorityAnswer answer) {
        return answer instanceof AuthorityAnswer.DoesNotHold doesNotHold
                ? "Holds no authority to post to this account now: " + doesNotHold.refusal().reason()
                : "Authorised to post to this account now";
    }

    /** The status as the lists show it: SCHEDULED for an approved post waiting for its time. */
    static String statusOf(OfficialPost post, SocialMediaAccount account) {
        if (post.status() == PostStatus.DRAFT
                && !post.content().areasWithoutConsent(account.owningArea()).isEmpty()) {
            return PostFilter.AWAITING_CONSENT;
        }
        return post.status() == PostStatus.APPROVED && post.approval().map(Approval::isScheduled).orElse(false)
                ? PostFilter.SCHEDULED : post.status().name();
    }

    private PostDetail.ApprovalLine approvalLine(Approval approval) {
        return new PostDetail.ApprovalLine(nameOf(approval.approver()), approval.approvedAt(), approval.note(),
                approval.acknowledged().stream().map(f -> f.category().name() + ": " + f.advice()).toList(),
                approval.publishAt());
    }

    private static PostDetail.MediaLine mediaLine(Media media) {
        return new PostDetail.MediaLine(media.kind().name(), media.description(), media.altText(), media.captioned(),
                media.rightsCleared(), media.showsDepartmentalBranding(), media.brandingApproved());
    }

    /** The actions the reader's roles allow that the post's status and the domain's rules permit to them now. */
    private Set<String> actions(OfficialPost post, SocialMediaAccount account) {
        Set<String> actions = new LinkedHashSet<>();
        if (user.username().isEmpty()) {
            return actions;
        }
        Actor actor = commands().actor();
        Employee reader = user.employee();
        Instant now = clock.instant();
        boolean mayPost = PublicationPolicy.mayPostTo(account, reader.id(), authority, now).isAllowed();
        PostStatus status = post.status();
        boolean contributor = post.contributors().contains(reader.id());
        add(actions, actor, ProtectedAction.POST_EDIT, mayPost && post.isEditable());
        add(actions, actor, ProtectedAction.POST_SUBMIT, status == PostStatus.DRAFT && contributor);
        add(actions, actor, ProtectedAction.POST_ANSWER_CONSENT, consentAskedOfReader(post, account).isPresent());
        boolean reviewer = status == PostStatus.SUBMITTED
                && ReviewPolicy.mayReview(post, reader, authority, now).isAllowed();
        add(actions, actor, ProtectedAction.POST_APPROVE, reviewer);
        add(actions, actor, ProtectedAction.POST_REJECT, reviewer);
        add(actions, actor, ProtectedAction.POST_PUBLISH, status == PostStatus.APPROVED && mayPost);
        add(actions, actor, ProtectedAction.POST_RECORD_ADDRESS, status == PostStatus.PUBLISHED && mayPost);
        add(actions, actor, ProtectedAction.POST_WITHDRAW,
                post.mayWithdraw(reader.id(), account, authority, now).isAllowed());
        return actions;
    }

    private static void add(Set<String> actions, Actor actor, ProtectedAction action, boolean open) {
        if (open && actor.may(action)) {
            actions.add(action.name());
        }
    }

    /**
     * The draft as the rule set in force finds it, for the reader who would post it to the account: nothing is
     * stored or logged. Empty when the reader screened less than {@link #SCREENING_INTERVAL} ago (the page keeps
     * what it shows), or when there is no text yet.
     *
     * @throws InvalidInputException when the account is not one the reader may post to, or the content is invalid
     */
    public Optional<MarkedText> screen(String accountId, PostForm form) {
        commands().permit(commands().actor(), ProtectedAction.POST_SCREEN, Subject.none("a draft of a post"));
        if (form.text() == null || form.text().isBlank()) {
            return Optional.empty();
        }
        String who = user.username().orElse("");
        Instant now = clock.instant();
        Instant last = lastScreening.get(who);
        if (last != null && Duration.between(last, now).compareTo(SCREENING_INTERVAL) < 0) {
            return Optional.empty();
        }
        lastScreening.put(who, now);
        SocialMediaAccount account = Ids.parse(accountId, AccountId::of).flatMap(accounts::find)
                .orElseThrow(() -> new InvalidInputException("account", "posts.noSuchAccount",
                        String.valueOf(accountId), "choose the account the post is for"));
        PostForm described = new PostForm(form.accountId(), form.text(), form.media().stream()
                .map(item -> new PostForm.MediaItem(item.kind(), blankAs(item.description(), "—"), item.altText(),
                        item.captioned(), item.rightsCleared(), item.showsBranding(), item.brandingApproved()))
                .toList(), List.of(), List.of());
        PostContent content = new PostContent(form.text(), PostCommands.media(described), List.of(), Set.of(),
                List.of());
        return Optional.of(MarkedText.of(content.text(), screening.assess(content, account, user.employee().id())));
    }

    private static String blankAs(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** The accounts the reader may post to now (ACTIVE, and authorised for them), by address. */
    public List<Option> accountsToPostTo() {
        if (user.username().isEmpty()) {
            return List.of();
        }
        List<SocialMediaAccount> active = accounts.findByState(AccountState.ACTIVE);
        return register.openTo(user.employee().id(), active, SocialMediaAccount::id, PublicationPolicy::activityFor,
                        clock.instant()).stream()
                .sorted(Comparator.comparing(account -> account.address().label()))
                .map(account -> new Option(account.id().toString(), account.address().label())).toList();
    }

    /** The most characters a post may have on the account's platform, and the platform ({@code null} if none). */
    public Optional<PlatformLimit> limitOf(String accountId) {
        return Ids.parse(accountId, AccountId::of).flatMap(accounts::find).map(account -> new PlatformLimit(
                account.address().platform().name(), account.address().platformName(),
                limits.limitOf(account.address().platform())));
    }

    /**
     * How many characters the platform leaves after the text (negative when over), counted as it counts; with no
     * platform (no account chosen yet), the longest post the department keeps.
     */
    public static int charactersLeft(PlatformLimit limit, String text) {
        String counted = text == null ? "" : text;
        return limit == null ? PostContent.MAX_TEXT - counted.length()
                : limit.limit() - PlatformLength.count(PlatformKind.valueOf(limit.platform()), counted);
    }

    /**
     * The ids of approved posts whose scheduled time has come, oldest first, at most {@code max}: read in a
     * transaction of its own, as the scheduler's thread has no request around it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> dueForPublication(int max) {
        return listing.dueBy(clock.instant(), max);
    }

    /** The posts of the account (all accounts when null) from {@code from} until before {@code until}. */
    public List<PostRow> calendar(String accountId, Instant from, Instant until) {
        return listing.between(accountId, from, until);
    }

    /** Submitted posts the reader may review, oldest first (for My work). */
    public List<Option> awaitingMyReview(int max) {
        if (user.username().isEmpty() || !commands().actor().may(ProtectedAction.POST_APPROVE)) {
            return List.of();
        }
        return listing.awaitingReview(user.employee().id().value(), max);
    }

    /** Drafts that ask the consent of the reader's business area, which the reader may give (for My work). */
    public List<Option> askingMyAreasConsent(int max) {
        if (user.username().isEmpty() || !commands().actor().may(ProtectedAction.POST_ANSWER_CONSENT)) {
            return List.of();
        }
        Employee reader = user.employee();
        return listing.askingConsentOf(reader.businessArea().code(), reader.id().value(), max);
    }

    /** The reader's posts that need them: rejected, or not published at their time (for My work). */
    public List<Option> needingMe(int max) {
        return user.username().isEmpty() ? List.of() : listing.needingAuthor(user.employee().id().value(), max);
    }

    /** The accounts whose addresses contain the text, for the filter. */
    public List<Option> accountsMatching(String text, int max) {
        return accountListing.matching(text == null ? "" : text, max);
    }

    /** The account's address, for a filter chosen from the address. */
    public Optional<String> accountLabel(String accountId) {
        return Ids.parse(accountId, AccountId::of).flatMap(accounts::find).map(a -> a.address().label());
    }

    /** Employees whose name or number contains the text, for the author filter. */
    public List<Option> employeesMatching(String text, int max) {
        return text == null || text.isBlank() ? List.of() : employees.matching(text, max);
    }

    /** An employee's label, for a filter chosen from the address. */
    public Optional<String> employeeLabel(String employeeNumber) {
        return employeeNumber == null || employeeNumber.isBlank() ? Optional.empty()
                : employees.label(employeeNumber);
    }

    /** The statuses to filter by, with SCHEDULED. */
    public List<String> statuses() {
        List<String> statuses = new ArrayList<>(Arrays.stream(PostStatus.values()).map(Enum::name).toList());
        statuses.add(statuses.indexOf(PostStatus.APPROVED.name()) + 1, PostFilter.SCHEDULED);
        statuses.add(statuses.indexOf(PostStatus.DRAFT.name()) + 1, PostFilter.AWAITING_CONSENT);
        return statuses;
    }

    /** The business areas, for the areas a post speaks for. */
    public List<Option> businessAreas() {
        return employees.businessAreas();
    }

    private String nameOf(EmployeeId id) {
        return employees.name(id.value()).orElse(id.value());
    }

    /**
     * A platform's limit.
     *
     * @param platform the platform ({@code PlatformKind} name)
     * @param platformName its name as people know it
     * @param limit the most characters a post may have there
     */
    public record PlatformLimit(String platform, String platformName, int limit) implements Serializable {
    }
}
