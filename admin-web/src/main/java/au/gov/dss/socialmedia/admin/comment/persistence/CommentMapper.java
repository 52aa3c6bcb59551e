package au.gov.dss.socialmedia.admin.comment.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.Assessments;

import au.gov.dss.socialmedia.domain.comment.CommentSnapshot;
import au.gov.dss.socialmedia.domain.comment.CommentStatus;
import au.gov.dss.socialmedia.domain.comment.ContactChannel;
import au.gov.dss.socialmedia.domain.comment.ModerationDecision;
import au.gov.dss.socialmedia.domain.comment.PublicComment;
import au.gov.dss.socialmedia.domain.comment.TermsOfUseGround;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommentId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.ContentDigest;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import java.util.List;
import java.util.UUID;

/** Translates between a public comment's snapshot and its rows. */
final class CommentMapper {

    private CommentMapper() {
    }

    static PublicComment toDomain(CommentEntity row) {
        ComplianceAssessment assessment = row.assessmentPolicyVersion == null ? null : new ComplianceAssessment(
                Assessments.findings(row.findings, f -> f.listIndex()), new PolicyVersion(row.assessmentPolicyVersion),
                row.assessmentAssessedAt, new ContentDigest(row.assessmentContentDigest));
        PublicComment.Moderation moderation = row.moderationKind == null ? null : new PublicComment.Moderation(
                decision(row), EmployeeId.of(row.moderator), row.moderatedAt);
        return PublicComment.restore(new CommentSnapshot(CommentId.of(row.id()), AccountId.of(row.accountId),
                row.platformReference, row.authorName, row.text, row.receivedAt, CommentStatus.valueOf(row.status),
                assessment, moderation));
    }

    private static ModerationDecision decision(CommentEntity row) {
        return switch (row.moderationKind) {
            case "NO_ACTION" -> new ModerationDecision.NoAction();
            case "REPLY" -> new ModerationDecision.Reply(row.moderationText);
            case "SWITCH_CHANNEL" -> new ModerationDecision.SwitchChannel(ContactChannel.valueOf(
                    row.moderationChannel), row.moderationText, row.moderationHides);
            case "HIDE" -> new ModerationDecision.Hide(TermsOfUseGround.valueOf(row.moderationGround));
            case "REMOVE" -> new ModerationDecision.Remove(TermsOfUseGround.valueOf(row.moderationGround));
            default -> throw new IllegalStateException("comment " + row.id() + " has unknown moderation kind "
                    + row.moderationKind);
        };
    }

    static void copy(PublicComment comment, CommentEntity row) {
        CommentSnapshot s = comment.snapshot();
        row.accountId = s.accountId().toString();
        row.platformReference = s.platformReference();
        row.authorName = s.authorName();
        row.text = s.text();
        row.receivedAt = s.receivedAt();
        row.status = s.status().name();
        ComplianceAssessment assessment = s.assessment();
        row.assessmentPolicyVersion = assessment == null ? null : assessment.policyVersion().value();
        row.assessmentAssessedAt = assessment == null ? null : assessment.assessedAt();
        row.assessmentContentDigest = assessment == null ? null : assessment.contentDigest().hex();
        Assessments.copy(assessment == null ? List.of() : assessment.findings(), row.findings,
                i -> new CommentFindingEntity(UUID.randomUUID().toString(), row, i));
        PublicComment.Moderation moderation = s.moderation();
        row.moderationKind = null;
        row.moderationText = null;
        row.moderationChannel = null;
        row.moderationHides = null;
        row.moderationGround = null;
        row.moderator = moderation == null ? null : moderation.moderator().value();
        row.moderatedAt = moderation == null ? null : moderation.decidedAt();
        if (moderation != null) {
            ModerationDecision decision = moderation.decision();
            if (decision instanceof ModerationDecision.NoAction) {
                row.moderationKind = "NO_ACTION";
            } else if (decision instanceof ModerationDecision.Reply reply) {
                row.moderationKind = "REPLY";
                row.moderationText = reply.text();
            } else if (decision instanceof ModerationDecision.SwitchChannel switchChannel) {
                row.moderationKind = "SWITCH_CHANNEL";
                row.moderationText = switchChannel.suggestedWording();
                row.moderationChannel = switchChannel.channel().name();
                row.moderationHides = switchChannel.hideComment();
            } else if (decision instanceof ModerationDecision.Hide hide) {
                row.moderationKind = "HIDE";
                row.moderationGround = hide.ground().name();
            } else if (decision instanceof ModerationDecision.Remove remove) {
                row.moderationKind = "REMOVE";
                row.moderationGround = remove.ground().name();
            } else {
                throw new IllegalStateException("unknown moderation decision " + decision);
            }
        }
    }
}
