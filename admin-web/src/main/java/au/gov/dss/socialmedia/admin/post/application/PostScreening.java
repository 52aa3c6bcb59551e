package au.gov.dss.socialmedia.admin.post.application;

import au.gov.dss.socialmedia.admin.screening.application.MarkedText;
import au.gov.dss.socialmedia.admin.screening.application.Screened;
import au.gov.dss.socialmedia.admin.screening.application.Screening;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.post.Media;
import au.gov.dss.socialmedia.domain.post.PostContent;
import au.gov.dss.socialmedia.domain.post.PublicationPolicy;
import au.gov.dss.socialmedia.engine.MediaItem;
import au.gov.dss.socialmedia.engine.MediaKind;
import au.gov.dss.socialmedia.engine.ScreeningContext;
import au.gov.dss.socialmedia.engine.ScreeningRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Screens an official post's content with the rule set in force, as the engine sees a post: its text, its media
 * (alt text, captions, rights, branding) and what the domain says about the employee and the account now (their
 * authority to post to it, whether it accepts posts). The assessment carries the digest of the whole content, text
 * and media, so that it clears exactly this content and nothing else.
 */
@ApplicationScoped
public class PostScreening {

    private Screening screening;
    private AuthorityCheck authority;
    private Clock clock;

    /** For CDI's proxies. */
    protected PostScreening() {
    }

    /** Screening with the app's engine and the authorisation register. */
    @Inject
    public PostScreening(Screening screening, AuthorityCheck authority, Clock clock) {
        this.screening = screening;
        this.authority = authority;
        this.clock = clock;
    }

    /**
     * The assessment of the content as a post on the account, for the employee who would post it now.
     *
     * @param content the content as it is
     * @param account the account it is for
     * @param by who would post it: the author while drafting and in review, the publisher when publishing
     */
    public ComplianceAssessment assess(PostContent content, SocialMediaAccount account, EmployeeId by) {
        Instant now = clock.instant();
        Screened screened = screening.screen(new ScreeningRequest(content.text(), Channel.OFFICIAL_POST,
                content.media().stream().map(PostScreening::item).toList(), new ScreeningContext(
                        authority.authorityFor(by, PublicationPolicy.activityFor(account), account.id(), now),
                        account.acceptsPublication(), null)));
        return new ComplianceAssessment(screened.findings(), screened.ruleSetVersion(), screened.assessedAt(),
                content.digest());
    }

    /** The findings of the assessment a reviewer acknowledged, by their keys ({@link MarkedText#keyOf}). */
    public static List<Finding> acknowledged(ComplianceAssessment assessment, java.util.Collection<String> keys) {
        return assessment.findings().stream().filter(finding -> keys.contains(MarkedText.keyOf(finding))).toList();
    }

    private static MediaItem item(Media media) {
        return new MediaItem(MediaKind.valueOf(media.kind().name()), media.altText().isEmpty() ? null
                : media.altText(), media.captioned(), media.rightsCleared(), media.showsDepartmentalBranding(),
                media.brandingApproved());
    }
}
