package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.account.AccountFixture;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.TestClock;
import au.gov.dss.socialmedia.domain.compliance.AssessmentFixture;
import au.gov.dss.socialmedia.domain.testing.FakeAuthority;
import java.util.List;

/**
 * A little world for post tests: an active account, an author and a publisher authorised to publish on it, a
 * reviewer who is a Communication Account Manager, and an outsider with no authority.
 */
public final class PostFixture {

    /** The text of fixture posts. */
    public static final String TEXT = "Applications for the Family Support grant open on Monday 9 March.";

    /** The account posts are written for. */
    public final SocialMediaAccount account = AccountFixture.active();
    /** A Families Group contributor authorised to publish. */
    public final Employee author = EmployeeFixture.familiesOfficer("F300");
    /** A CMB Communication Account Manager who reviews. */
    public final Employee reviewer = EmployeeFixture.cmbOfficer("C301");
    /** A CMB officer authorised to publish. */
    public final Employee publisher = EmployeeFixture.cmbOfficer("C302");
    /** An employee with no authority at all. */
    public final Employee outsider = EmployeeFixture.familiesOfficer("F399");
    /** Who may do what. */
    public final FakeAuthority authority = new FakeAuthority()
            .allow(author.id(), Activity.PUBLISH, account.id())
            .allow(publisher.id(), Activity.PUBLISH, account.id())
            .allow(reviewer.id(), Activity.PUBLISH, account.id())
            .manager(reviewer.id());
    /** The time. */
    public final TestClock clock = new TestClock();

    /** A fresh draft by the author. */
    public OfficialPost draft() {
        return OfficialPost.draft(author, account, PostContent.text(TEXT), authority, clock).post();
    }

    /** A draft submitted for review. */
    public OfficialPost submitted() {
        OfficialPost post = draft();
        post.submit(author, account, clock);
        return post;
    }

    /** A post approved by the reviewer. */
    public OfficialPost approved() {
        OfficialPost post = submitted();
        post.approve(reviewer, "Good to go", AssessmentFixture.clean(TEXT), List.of(), null, authority, clock);
        return post;
    }

    /** A post rejected by the reviewer. */
    public OfficialPost rejected() {
        OfficialPost post = submitted();
        post.reject(reviewer, "Check the date", authority, clock);
        return post;
    }

    /** A post published by the publisher. */
    public OfficialPost published() {
        OfficialPost post = approved();
        post.publish(publisher, account, AssessmentFixture.clean(TEXT), null, authority, clock);
        return post;
    }

    /** A post withdrawn by its author. */
    public OfficialPost withdrawn() {
        OfficialPost post = draft();
        post.withdraw(author, account, "No longer needed", authority, clock);
        return post;
    }

    /** A post in the given status. */
    public OfficialPost inStatus(PostStatus status) {
        return switch (status) {
            case DRAFT -> draft();
            case SUBMITTED -> submitted();
            case APPROVED -> approved();
            case REJECTED -> rejected();
            case PUBLISHED -> published();
            case WITHDRAWN -> withdrawn();
        };
    }
}
