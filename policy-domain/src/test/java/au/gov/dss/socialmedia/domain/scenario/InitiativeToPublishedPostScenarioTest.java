package au.gov.dss.socialmedia.domain.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.InMemoryAccountRepository;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.AccountScope;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRegister;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationScope;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.InMemoryAuthorisationRepository;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.authorisation.TrainingRecord;
import au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod;
import au.gov.dss.socialmedia.domain.comment.ContactChannel;
import au.gov.dss.socialmedia.domain.comment.InMemoryCommentRepository;
import au.gov.dss.socialmedia.domain.comment.ModerationDecision;
import au.gov.dss.socialmedia.domain.comment.PublicComment;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InMemoryEmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.common.TestClock;
import au.gov.dss.socialmedia.domain.compliance.AssessmentFixture;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.domain.initiative.InMemoryInitiativeRepository;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.InitiativeFixture;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import au.gov.dss.socialmedia.domain.post.InMemoryPostRepository;
import au.gov.dss.socialmedia.domain.post.OfficialPost;
import au.gov.dss.socialmedia.domain.post.PostContent;
import au.gov.dss.socialmedia.domain.post.PostEvent;
import au.gov.dss.socialmedia.domain.post.PostStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A whole use case over in-memory repositories, as the admin app's application services will run it: each step
 * loads, calls the domain, saves and keeps the events. An initiative goes from draft to an active account and a
 * published post, with the refusals a real day brings.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InitiativeToPublishedPostScenarioTest {

    private final TestClock clock = new TestClock();
    private final Employee grantor = EmployeeFixture.cmbOfficer("C900");
    private final Employee manager = EmployeeFixture.cmbOfficer("C901");
    private final Employee approver = EmployeeFixture.cmbOfficer("C902");
    private final Employee submitter = InitiativeFixture.SUBMITTER;
    private final Employee contributor = EmployeeFixture.familiesOfficer("F901");

    private final InMemoryEmployeeDirectory employees =
            InMemoryEmployeeDirectory.of(grantor, manager, approver, submitter, contributor);
    private final InMemoryAuthorisationRepository authorisations = new InMemoryAuthorisationRepository();
    private final InMemoryInitiativeRepository initiatives = new InMemoryInitiativeRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryPostRepository posts = new InMemoryPostRepository();
    private final InMemoryCommentRepository comments = new InMemoryCommentRepository();
    private final AuthorisationRegister authority = new AuthorisationRegister(authorisations, employees);
    private final List<DomainEvent> events = new ArrayList<>();

    private <E extends DomainEvent> E record(E event) {
        events.add(event);
        return event;
    }

    private Authorisation grant(Employee holder, Role role, AuthorisationScope scope,
                                Optional<TrainingRecord> training) {
        var granted = Authorisation.grant(holder, grantor, role, scope,
                ValidityPeriod.starting(clock.instant(), Duration.ofDays(365)), training, clock);
        authorisations.save(granted.authorisation());
        record(granted.event());
        return granted.authorisation();
    }

    private InitiativeId approvedInitiative() {
        Initiative initiative = InitiativeFixture.readyToSubmit(submitter, EmployeeFixture.FAMILIES, clock);
        record(initiative.submit(submitter, clock));
        initiatives.save(initiative);
        return initiative.id();
    }

    @Test
    void an_initiative_goes_from_draft_to_an_active_account_and_a_published_post() {
        // CMB makes Casey a Communication Account Manager for all CMB accounts.
        grant(manager, Role.COMMUNICATION_ACCOUNT_MANAGER, AuthorisationScope.everything(), Optional.empty());

        // Families Group submits its initiative; CMB proposes the account it needs.
        InitiativeId initiativeId = approvedInitiative();
        var proposal = SocialMediaAccount.propose(grantor, AccountAddress.on(PlatformKind.FACEBOOK,
                "https://www.facebook.com/DSSFamilies"), "Family payments awareness", EmployeeFixture.FAMILIES,
                manager, initiativeId, clock);
        accounts.save(proposal.account());
        record(proposal.event());
        AccountId accountId = proposal.account().id();

        // The account cannot go live while the initiative awaits CMB's decision.
        CommandRefusedException tooEarly = assertThrows(CommandRefusedException.class, () -> accounts.get(accountId)
                .activate(grantor, initiatives.get(initiativeId), authority, clock));
        assertEquals("ACCOUNT_NEEDS_APPROVED_INITIATIVE", tooEarly.code());
        assertEquals(AccountState.PROPOSED, accounts.get(accountId).state());

        // The submitter cannot approve their own initiative; CMB does.
        Initiative submitted = initiatives.get(initiativeId);
        assertThrows(CommandRefusedException.class, () -> submitted.approve(submitter, "Looks good", clock));
        clock.advanceDays(2);
        record(submitted.approve(approver, "Business case and risk plan are sound", clock));
        initiatives.save(submitted);

        // Now the account goes live.
        SocialMediaAccount account = accounts.get(accountId);
        record(account.activate(grantor, initiatives.get(initiativeId), authority, clock));
        accounts.save(account);
        Initiative approved = initiatives.get(initiativeId);
        record(approved.activate(submitter, clock));
        initiatives.save(approved);
        assertEquals(InitiativeStatus.ACTIVE, initiatives.get(initiativeId).status());

        // A trained Families officer is authorised to publish to that account only.
        AuthorisationScope publishHere = AuthorisationScope.of(
                new AccountScope.SpecificAccounts(Set.of(accountId)), Activity.PUBLISH);
        CommandRefusedException untrained = assertThrows(CommandRefusedException.class, () -> grant(contributor,
                Role.AUTHORISED_CONTRIBUTOR, publishHere, Optional.empty()));
        assertEquals(PolicyClause.OFFICIAL_USE_TRAINING, untrained.refusal().clause());
        Authorisation contributorAuthority = grant(contributor, Role.AUTHORISED_CONTRIBUTOR, publishHere,
                Optional.of(new TrainingRecord("Official use of social media", LocalDate.of(2026, 2, 20),
                        grantor.id())));
        assertTrue(authority.authorityFor(contributor.id(), Activity.PUBLISH, accountId, clock.instant()).holds());

        // The contributor drafts and submits a post; the account manager reviews it.
        String text = "Changes to family payments start on 1 July. Read what they mean for you on our website.";
        var draft = OfficialPost.draft(contributor, accounts.get(accountId), PostContent.text(text), authority,
                clock);
        record(draft.event());
        OfficialPost post = draft.post();
        record(post.submit(contributor, accounts.get(accountId), clock));
        assertThrows(CommandRefusedException.class, () -> post.approve(contributor, "",
                AssessmentFixture.clean(text), List.of(), null, authority, clock));
        record(post.approve(manager, "Accurate and impartial",
                AssessmentFixture.clean(text), List.of(), null, authority, clock));
        posts.save(post);

        // A screen with a blocking finding stops publication; a clean one lets it through.
        PostId postId = post.id();
        CommandRefusedException blocked = assertThrows(CommandRefusedException.class, () -> posts.get(postId)
                .publish(contributor, accounts.get(accountId), AssessmentFixture.personalDetails(text,
                        Severity.BLOCK), null, authority, clock));
        assertEquals("BLOCKING_FINDING", blocked.code());
        OfficialPost approvedPost = posts.get(postId);
        PostEvent.PostPublished published = record(approvedPost.publish(contributor, accounts.get(accountId),
                AssessmentFixture.clean(text), null, authority, clock));
        posts.save(approvedPost);
        assertEquals(PostStatus.PUBLISHED, posts.get(postId).status());
        assertEquals(text, published.content().text());
        assertEquals(manager.id(), published.approval().approver());

        // A member of the public replies with personal details: the moderator switches channel and hides it.
        String comment = "My payment was cut, call me on 0412 345 678";
        var receipt = PublicComment.receive(accountId, "fb-1", "Sam Public", comment, clock.instant(), clock);
        record(receipt.event());
        PublicComment received = receipt.comment();
        received.recordScreening(AssessmentFixture.personalDetails(comment, Severity.WARN));
        record(received.moderate(manager, new ModerationDecision.SwitchChannel(ContactChannel.DIRECT_MESSAGE,
                "We've sent you a direct message so we can help privately.", true), authority, clock));
        comments.save(received);
        assertTrue(comments.findAwaitingModeration(accountId).isEmpty());

        // CMB revokes the contributor's authority; the next post cannot even be drafted.
        Authorisation held = authorisations.find(contributorAuthority.id()).orElseThrow();
        record(held.revoke(grantor, "Secondment ended", clock));
        authorisations.save(held);
        AuthorityAnswer after = authority.authorityFor(contributor.id(), Activity.PUBLISH, accountId,
                clock.instant());
        assertTrue(after instanceof AuthorityAnswer.DoesNotHold, "revoked authority is no authority");
        assertThrows(CommandRefusedException.class, () -> OfficialPost.draft(contributor, accounts.get(accountId),
                PostContent.text("Another post"), authority, clock));

        // Every step left its event, each with its own id, in the order the steps happened.
        Set<EventId> ids = events.stream().map(DomainEvent::eventId).collect(Collectors.toCollection(HashSet::new));
        assertEquals(events.size(), ids.size());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(!events.get(i).occurredAt().isBefore(events.get(i - 1).occurredAt()));
        }
        assertEquals(List.of("AuthorisationGranted", "InitiativeSubmitted", "AccountProposed", "InitiativeApproved",
                "AccountActivated", "InitiativeActivated", "AuthorisationGranted", "PostDrafted", "PostSubmitted",
                "PostApproved", "PostPublished", "CommentReceived", "CommentModerated", "AuthorisationRevoked"),
                events.stream().map(event -> event.getClass().getSimpleName()).collect(Collectors.toList()));
    }
}
