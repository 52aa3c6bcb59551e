package au.gov.dss.socialmedia.admin.home.application;

import au.gov.dss.socialmedia.admin.account.application.AccountQueries;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationQueries;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeQueries;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.post.application.PostQueries;
import au.gov.dss.socialmedia.admin.record.application.RecordQueries;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The home page's "My work": what waits for the signed-in person, by their roles (initiatives to decide for CMB
 * approvers; accounts to activate, privacy reviews due and authorisations ending soon for CMB administrators;
 * failed records for records officers; posts to review for those who may review them; their own posts rejected or
 * not published at their time; their own initiatives still to complete for anyone who drafted one), each
 * a link to its page; and the accounts by state.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HomeQueries {

    /** How many things of each kind My work lists. */
    public static final int SHOWN = 10;

    private AccountQueries accounts;
    private InitiativeQueries initiatives;
    private AuthorisationQueries authorisations;
    private RecordQueries records;
    private PostQueries posts;
    private CurrentUser user;

    /** For CDI's proxies. */
    protected HomeQueries() {
    }

    /** The home page read from the features. */
    @Inject
    public HomeQueries(AccountQueries accounts, InitiativeQueries initiatives, AuthorisationQueries authorisations,
                       RecordQueries records, PostQueries posts, CurrentUser user) {
        this.accounts = accounts;
        this.initiatives = initiatives;
        this.authorisations = authorisations;
        this.records = records;
        this.posts = posts;
        this.user = user;
    }

    /** The home page as it is now, for the signed-in person. */
    public Home now() {
        List<WorkList> work = new ArrayList<>();
        if (user.hasRole(AppRole.CMB_APPROVER)) {
            work.add(links("work.toDecide", initiatives.awaitingDecision(SHOWN), "/app/initiative",
                    "/app/initiatives?status=SUBMITTED"));
        }
        if (user.hasRole(AppRole.CMB_ADMINISTRATOR)) {
            work.add(links("work.toActivate", accounts.proposed(SHOWN), "/app/account",
                    "/app/accounts?state=PROPOSED"));
            work.add(links("work.privacyDue", accounts.privacyReviewOverdue(SHOWN), "/app/account",
                    "/app/accounts?sort=privacyNextDue"));
            work.add(new WorkList("work.ending", authorisations.expiringSoon().stream().limit(SHOWN)
                    .map(line -> new WorkItem(line.holderName() + " (" + line.holderId() + ")",
                            "/app/authorisation", line.authorisationId(), line.until())).toList(),
                    "/app/authorisations?sort=until"));
        }
        if (user.hasRole(AppRole.RECORDS_OFFICER)) {
            work.add(new WorkList("work.recordsFailed", records.failed(SHOWN).stream()
                    .map(row -> new WorkItem(row.title(), "/app/record", row.id(), null)).toList(),
                    "/app/records?status=FAILED"));
        }
        List<Option> toReview = posts.awaitingMyReview(SHOWN);
        if (!toReview.isEmpty()) {
            work.add(links("home.awaitingReview", toReview, "/app/post", "/app/posts?status=SUBMITTED"));
        }
        List<Option> consents = posts.askingMyAreasConsent(SHOWN);
        if (!consents.isEmpty()) {
            work.add(links("home.consentAsked", consents, "/app/post", null));
        }
        List<Option> myPosts = posts.needingMe(SHOWN);
        if (!myPosts.isEmpty()) {
            work.add(links("home.postsNeedingYou", myPosts, "/app/post", null));
        }
        List<Option> mine = initiatives.mineToComplete(SHOWN);
        if (!mine.isEmpty()) {
            work.add(links("work.mine", mine, "/app/initiative", null));
        }
        boolean staff = java.util.Arrays.stream(AppRole.values()).filter(AppRole::staff).anyMatch(user::hasRole);
        return new Home(work, staff ? accounts.countByState() : java.util.Map.of());
    }

    private static WorkList links(String key, List<Option> options, String page, String more) {
        return new WorkList(key, options.stream().map(o -> new WorkItem(o.label(), page, o.value(), null)).toList(),
                options.size() >= SHOWN ? more : null);
    }
}
