package au.gov.dss.socialmedia.admin.testing;

import static au.gov.dss.socialmedia.admin.testing.Staff.CMB_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_COLLEAGUE;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.MANAGER;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static au.gov.dss.socialmedia.admin.testing.Staff.plusDays;

import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.post.BusinessAreaConsent;
import au.gov.dss.socialmedia.domain.post.Media;
import au.gov.dss.socialmedia.domain.post.MediaKind;
import au.gov.dss.socialmedia.domain.post.OfficialPost;
import au.gov.dss.socialmedia.domain.post.PostContent;
import au.gov.dss.socialmedia.domain.post.PostSnapshot;
import au.gov.dss.socialmedia.domain.post.PostStatus;
import au.gov.dss.socialmedia.domain.post.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Official posts in every state the persistence tests need. Built through the domain's commands, except the
 * published ones: publishing needs an active account and an initiative, so those are restored from the snapshot
 * of an approved post with the publication added, exactly as {@code publish} would leave it.
 */
public final class PostFixture {

    /** The Housing Group, a second business area a post may speak for. */
    public static final BusinessArea HOUSING = new BusinessArea("HOUS", "Housing Group");
    /** Authorises everyone. */
    public static final AllowingAuthority AUTHORITY = new AllowingAuthority();

    private PostFixture() {
    }

    /** A proposed account owned by CMB, to store before its posts. */
    public static SocialMediaAccount account(String handle) {
        return SocialMediaAccount.propose(CMB_OFFICER, AccountAddress.on(PlatformKind.X_TWITTER, "@" + handle),
                "Official news", BusinessArea.CMB, MANAGER, InitiativeId.newId(), day(0)).account();
    }

    /** Content with two media items, two sources and two business areas spoken for, both consenting. */
    public static PostContent richContent() {
        return new PostContent("From 1 July 2026, 1.2 million families will receive higher payments.",
                List.of(new Media(MediaKind.IMAGE, "Family at a kitchen table", "A parent and child reading a letter",
                                false, true, true),
                        new Media(MediaKind.VIDEO, "Minister's announcement", "", true, false, false)),
                List.of(new Source("Budget 2026-27, Paper No. 2", "https://budget.gov.au/"),
                        new Source("DSS estimates, May 2026", "")),
                Set.of(FAMILIES, HOUSING),
                List.of(new BusinessAreaConsent(FAMILIES, FAMILIES_OFFICER.id(), LocalDate.of(2026, 2, 27),
                                "Say 'eligible families'"),
                        new BusinessAreaConsent(HOUSING, FAMILIES_COLLEAGUE.id(), LocalDate.of(2026, 2, 28), "")));
    }

    /** A draft by {@link Staff#FAMILIES_OFFICER} at T0 with the content. */
    public static OfficialPost draft(SocialMediaAccount account, PostContent content) {
        return OfficialPost.draft(FAMILIES_OFFICER, account, content, AUTHORITY, day(0)).post();
    }

    /** The states a post can be stored in, from the barest to the richest. */
    public enum Stage {
        /** A text-only draft. */
        TEXT_DRAFT((post, account) -> post),
        /** Submitted for review. */
        SUBMITTED((post, account) -> {
            post.submit(FAMILIES_OFFICER, account, day(1));
            return post;
        }),
        /** Approved by a Communication Account Manager, who acknowledged a warning. */
        APPROVED((post, account) -> approved(post, account)),
        /** Approved to publish itself on day 5; it did not, as the account was not active: it says why. */
        SCHEDULED_AND_REFUSED((post, account) -> {
            post.submit(FAMILIES_OFFICER, account, day(1));
            post.approve(MANAGER, "For Friday morning", Findings.assessment(post.content(), plusDays(2)), List.of(),
                    plusDays(5), AUTHORITY, day(2));
            post.publishScheduled(account, Findings.assessment(post.content(), plusDays(5)), AUTHORITY, day(5));
            return post;
        }),
        /** Rejected, then edited by a colleague: a draft again, with two contributors. */
        REJECTED_AND_EDITED((post, account) -> {
            post.submit(FAMILIES_OFFICER, account, day(1));
            post.reject(MANAGER, "Check the figure", AUTHORITY, day(2));
            post.edit(FAMILIES_COLLEAGUE, account, PostContent.text("About 1.2 million families"), AUTHORITY,
                    day(3));
            return post;
        }),
        /** Rejected. */
        REJECTED((post, account) -> {
            post.submit(FAMILIES_OFFICER, account, day(1));
            post.reject(MANAGER, "Check the figure", AUTHORITY, day(2));
            return post;
        }),
        /** Withdrawn by its author before review. */
        WITHDRAWN((post, account) -> {
            post.withdraw(FAMILIES_OFFICER, account, "No longer needed", AUTHORITY, day(1));
            return post;
        }),
        /** Published with an assessment holding two findings. */
        PUBLISHED((post, account) -> published(approved(post, account), null)),
        /** Published, then taken down. */
        PUBLISHED_THEN_WITHDRAWN((post, account) -> published(approved(post, account), "Figure was wrong"));

        private final BiFunction<OfficialPost, SocialMediaAccount, OfficialPost> steps;

        Stage(BiFunction<OfficialPost, SocialMediaAccount, OfficialPost> steps) {
            this.steps = steps;
        }

        /** A draft of the content on the account, brought into this stage. */
        public OfficialPost post(SocialMediaAccount account, PostContent content) {
            return steps.apply(draft(account, content), account);
        }

        private static OfficialPost approved(OfficialPost post, SocialMediaAccount account) {
            post.submit(FAMILIES_OFFICER, account, day(1));
            post.approve(MANAGER, "Good to go", Findings.assessment(post.content(), plusDays(2),
                    Findings.uncitedClaim()), List.of(Findings.uncitedClaim()), null, AUTHORITY, day(2));
            return post;
        }

        private static OfficialPost published(OfficialPost approved, String withdrawalReason) {
            PostSnapshot s = approved.snapshot();
            return OfficialPost.restore(new PostSnapshot(s.id(), s.accountId(), s.author(), s.draftedAt(),
                    s.contributors(), s.content(), withdrawalReason == null ? PostStatus.PUBLISHED
                            : PostStatus.WITHDRAWN, s.approval(), null,
                    Findings.assessment(s.content(), plusDays(3), Findings.uncitedClaim(),
                            Findings.personalDetails()), plusDays(3), withdrawalReason, s.reviewedText(),
                    "https://x.com/" + "DSSnews/status/1866000000000000000", null, List.of()));
        }
    }
}
