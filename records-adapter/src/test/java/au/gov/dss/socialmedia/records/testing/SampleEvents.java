package au.gov.dss.socialmedia.records.testing;

import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.AccountEvent;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.PrivacyReview;
import au.gov.dss.socialmedia.domain.authorisation.AccountScope;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationExpired;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationGranted;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRevoked;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationScope;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationSuspended;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.authorisation.TrainingRecord;
import au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod;
import au.gov.dss.socialmedia.domain.comment.CommentEvent;
import au.gov.dss.socialmedia.domain.comment.ContactChannel;
import au.gov.dss.socialmedia.domain.comment.ModerationDecision;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.CommentId;
import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.domain.compliance.Span;
import au.gov.dss.socialmedia.domain.conduct.Behaviour;
import au.gov.dss.socialmedia.domain.conduct.BehaviourFinding;
import au.gov.dss.socialmedia.domain.conduct.BehaviourId;
import au.gov.dss.socialmedia.domain.conduct.CodeOfConductElement;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent;
import au.gov.dss.socialmedia.domain.conduct.Evidence;
import au.gov.dss.socialmedia.domain.conduct.Money;
import au.gov.dss.socialmedia.domain.conduct.Sanction;
import au.gov.dss.socialmedia.domain.initiative.BusinessCase;
import au.gov.dss.socialmedia.domain.initiative.Consequence;
import au.gov.dss.socialmedia.domain.initiative.InitiativeApproved;
import au.gov.dss.socialmedia.domain.initiative.InitiativeDrafted;
import au.gov.dss.socialmedia.domain.initiative.InitiativeSubmitted;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import au.gov.dss.socialmedia.domain.initiative.PlannedPeriod;
import au.gov.dss.socialmedia.domain.initiative.Risk;
import au.gov.dss.socialmedia.domain.initiative.RiskManagementPlan;
import au.gov.dss.socialmedia.domain.post.Approval;
import au.gov.dss.socialmedia.domain.post.Media;
import au.gov.dss.socialmedia.domain.post.MediaKind;
import au.gov.dss.socialmedia.domain.post.PostContent;
import au.gov.dss.socialmedia.domain.post.PostEvent;
import au.gov.dss.socialmedia.domain.post.Source;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Domain events as the aggregates make them, one of each kind the records adapter captures, and a few that it does not. */
public final class SampleEvents {

    /** When the samples happen. */
    public static final Instant AT = Instant.parse("2026-11-20T03:15:30Z");
    /** The CMB officer who acts. */
    public static final EmployeeId OFFICER = EmployeeId.of("E104233");
    /** Another employee. */
    public static final EmployeeId HOLDER = EmployeeId.of("E200001");
    /** The account of the samples. */
    public static final AccountId ACCOUNT = AccountId.of("0b6c1a52-5d0e-4a8e-9d2f-6f2b1c3d4e5f");
    /** The platform and handle of the samples' account. */
    public static final AccountAddress ADDRESS = AccountAddress.on(PlatformKind.X_TWITTER, "@DSSfamilies");
    /** The initiative of the samples. */
    public static final InitiativeId INITIATIVE = InitiativeId.of("1c7d2b63-6e1f-4b9f-8e30-7a3c2d4e5f60");

    private SampleEvents() {
    }

    /** A post published with media, a source, an approval and a clean assessment. */
    public static PostEvent.PostPublished postPublished() {
        String text = "Applications for the \"Carer Gateway\" grants open today.\nSee https://www.dss.gov.au for details.";
        PostContent content = new PostContent(text,
                List.of(new Media(MediaKind.IMAGE, "A carer and her son at the kitchen table", "Two people smiling",
                        false, true, false)),
                List.of(new Source("DSS media release, 20 November 2026", "https://www.dss.gov.au/media")),
                Set.of(), List.of());
        ComplianceAssessment assessment = new ComplianceAssessment(
                List.of(new Finding(Category.UNCITED_CLAIM, null, Severity.INFO, new Span(0, 10), "accuracy.cite",
                        PolicyClause.PRINCIPLE_ACCURACY, "Cite the source of the claim.")),
                new PolicyVersion("2014-12-01"), AT.minusSeconds(600), content.digest());
        return new PostEvent.PostPublished(EventId.newId(), AT, OFFICER, PostId.newId(), ACCOUNT, HOLDER, content,
                new Approval(OFFICER, AT.minusSeconds(300), "Checked with the program area."), assessment,
                "https://x.com/DSSfamilies/status/1866000000000000000");
    }

    /** A comment answered by switching channel. */
    public static CommentEvent.CommentModerated commentSwitchedChannel() {
        return new CommentEvent.CommentModerated(EventId.newId(), AT, OFFICER, CommentId.newId(), ACCOUNT,
                "My payment stopped, my CRN is 123 456 789A",
                new ModerationDecision.SwitchChannel(ContactChannel.TELEPHONE,
                        "Please call us on 132 468 so we can talk about your circumstances privately.", true),
                null);
    }

    /** An initiative submitted with its business case and risk plan. */
    public static InitiativeSubmitted initiativeSubmitted() {
        return new InitiativeSubmitted(EventId.newId(), AT, HOLDER, INITIATIVE, 1, "Carer Gateway awareness",
                BusinessArea.CMB, businessCase(), riskPlan());
    }

    /** An initiative approved by CMB. */
    public static InitiativeApproved initiativeApproved() {
        return new InitiativeApproved(EventId.newId(), AT, OFFICER, INITIATIVE, 1, "Carer Gateway awareness",
                "Meets the policy; risks are controlled.", businessCase(), riskPlan());
    }

    /** An authorisation granted. */
    public static AuthorisationGranted authorisationGranted() {
        return new AuthorisationGranted(EventId.newId(), AT, OFFICER, AuthorisationId.newId(), HOLDER,
                Role.AUTHORISED_CONTRIBUTOR,
                new AuthorisationScope(new AccountScope.SpecificAccounts(Set.of(ACCOUNT)),
                        EnumSet.of(Activity.PUBLISH, Activity.RESPOND)),
                new ValidityPeriod(AT, AT.plus(Duration.ofDays(365))),
                Optional.of(new TrainingRecord("Social media for government", LocalDate.of(2026, 10, 1), OFFICER)));
    }

    /** An authorisation suspended. */
    public static AuthorisationSuspended authorisationSuspended() {
        return new AuthorisationSuspended(EventId.newId(), AT, OFFICER, AuthorisationId.newId(), HOLDER,
                "Under review after a complaint.");
    }

    /** An authorisation revoked. */
    public static AuthorisationRevoked authorisationRevoked() {
        return new AuthorisationRevoked(EventId.newId(), AT, OFFICER, AuthorisationId.newId(), HOLDER,
                "Moved to another branch.");
    }

    /** An authorisation expired: no person acted. */
    public static AuthorisationExpired authorisationExpired() {
        return new AuthorisationExpired(EventId.newId(), AT, AuthorisationId.newId(), HOLDER, AT);
    }

    /** An account activated. */
    public static AccountEvent.AccountActivated accountActivated() {
        return new AccountEvent.AccountActivated(EventId.newId(), AT, OFFICER, ACCOUNT, ADDRESS, INITIATIVE,
                OFFICER);
    }

    /** An account suspended. */
    public static AccountEvent.AccountSuspended accountSuspended() {
        return new AccountEvent.AccountSuspended(EventId.newId(), AT, OFFICER, ACCOUNT, ADDRESS,
                "Compromised password.");
    }

    /** An account decommissioned. */
    public static AccountEvent.AccountDecommissioned accountDecommissioned() {
        return new AccountEvent.AccountDecommissioned(EventId.newId(), AT, OFFICER, ACCOUNT, ADDRESS,
                AccountState.ACTIVE, "The initiative ended.");
    }

    /** A privacy review recorded. */
    public static AccountEvent.PrivacyReviewRecorded privacyReview() {
        return new AccountEvent.PrivacyReviewRecorded(EventId.newId(), AT, OFFICER, ACCOUNT, ADDRESS,
                new PrivacyReview(LocalDate.of(2026, 11, 20), OFFICER, LocalDate.of(2027, 5, 20),
                        "Location sharing off."));
    }

    /** A conduct matter reported. */
    public static ConductMatterEvent.ConductMatterReported conductReported() {
        return new ConductMatterEvent.ConductMatterReported(EventId.newId(), AT, OFFICER, ConductMatterId.newId(),
                HOLDER, List.of(behaviour()));
    }

    /** A breach determined. */
    public static ConductMatterEvent.BreachDetermined breachDetermined() {
        return new ConductMatterEvent.BreachDetermined(EventId.newId(), AT, OFFICER, ConductMatterId.newId(), HOLDER,
                List.of(BehaviourFinding.breached(BehaviourId.of(1), CodeOfConductElement.RESPECT_AND_COURTESY)),
                "The post was harassing.");
    }

    /** A sanction imposed. */
    public static ConductMatterEvent.SanctionImposed sanctionImposed() {
        return new ConductMatterEvent.SanctionImposed(EventId.newId(), AT, OFFICER, ConductMatterId.newId(), HOLDER,
                List.of(new Sanction.Reprimand("You are reprimanded for the post of 3 November.")),
                new Money(new BigDecimal("85000.00")), "Secretary's delegation of 1 July 2026");
    }

    /** A draft post: not a record. */
    public static PostEvent.PostDrafted postDrafted() {
        return new PostEvent.PostDrafted(EventId.newId(), AT, HOLDER, PostId.newId(), ACCOUNT);
    }

    /** A drafted initiative: not a record. */
    public static InitiativeDrafted initiativeDrafted() {
        return new InitiativeDrafted(EventId.newId(), AT, HOLDER, INITIATIVE, "Carer Gateway awareness",
                BusinessArea.CMB);
    }

    /** One of each record the issue names. */
    public static List<DomainEvent> recordEvents() {
        return List.of(postPublished(), commentSwitchedChannel(), initiativeSubmitted(), initiativeApproved(),
                authorisationGranted(), authorisationSuspended(), authorisationRevoked(), authorisationExpired(),
                accountActivated(), accountSuspended(), accountDecommissioned(), privacyReview(), conductReported(),
                breachDetermined(), sanctionImposed());
    }

    /** A simple record event (an account activated) of a given time, for volume tests. */
    public static DomainEvent accountActivatedAt(Instant at) {
        return new AccountEvent.AccountActivated(EventId.newId(), at, OFFICER, AccountId.newId(), ADDRESS,
                INITIATIVE, OFFICER);
    }

    private static BusinessCase businessCase() {
        return new BusinessCase("Raise awareness of Carer Gateway", "Carers aged 25-65", List.of("Facebook", "X"),
                "0.5 FTE in CMB", "10% more enquiries",
                Optional.of(new PlannedPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30))));
    }

    private static RiskManagementPlan riskPlan() {
        return RiskManagementPlan.of(Risk.identified("Personal details posted in comments", Likelihood.LIKELY,
                Consequence.MAJOR).withControls("Daily moderation", "Switch-channel replies").ownedBy(OFFICER)
                .monitoredBy("Weekly moderation report"));
    }

    private static Behaviour behaviour() {
        return new Behaviour(BehaviourId.of(1), "Harassing replies to a colleague on X", LocalDate.of(2026, 11, 3),
                List.of(Evidence.screenshot("Screenshot of the replies", "DOC-1")),
                EnumSet.of(CodeOfConductElement.RESPECT_AND_COURTESY), Set.of(PolicyClause.PERSONAL_NOT_OFFENSIVE));
    }
}
