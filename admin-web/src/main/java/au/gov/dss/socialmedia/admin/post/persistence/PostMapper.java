package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.Assessments;
import au.gov.dss.socialmedia.admin.platform.persistence.Rows;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.ContentDigest;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import au.gov.dss.socialmedia.domain.post.Approval;
import au.gov.dss.socialmedia.domain.post.BusinessAreaConsent;
import au.gov.dss.socialmedia.domain.post.ConsentRefusal;
import au.gov.dss.socialmedia.domain.post.Media;
import au.gov.dss.socialmedia.domain.post.MediaKind;
import au.gov.dss.socialmedia.domain.post.OfficialPost;
import au.gov.dss.socialmedia.domain.post.PostContent;
import au.gov.dss.socialmedia.domain.post.PostSnapshot;
import au.gov.dss.socialmedia.domain.post.PostStatus;
import au.gov.dss.socialmedia.domain.post.Source;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Translates between an official post's snapshot and its rows. */
final class PostMapper {

    private PostMapper() {
    }

    static OfficialPost toDomain(PostEntity row, Function<String, BusinessArea> areas) {
        List<Media> media = row.media.stream().sorted(Comparator.comparingInt(m -> m.listIndex()))
                .map(m -> new Media(MediaKind.valueOf(m.kind), m.description, m.altText, m.captioned,
                        m.rightsCleared, m.showsBranding, m.brandingApproved)).toList();
        List<Source> sources = row.sources.stream().sorted(Comparator.comparingInt(s -> s.listIndex()))
                .map(s -> new Source(s.citation, s.url)).toList();
        List<BusinessAreaConsent> consents = row.consents.stream().sorted(Comparator.comparingInt(c -> c.listIndex()))
                .map(c -> new BusinessAreaConsent(areas.apply(c.areaCode), EmployeeId.of(c.givenBy), c.givenOn,
                        c.advice)).toList();
        PostContent content = new PostContent(row.text, media, sources,
                row.speaksFor.stream().map(areas).collect(Collectors.toSet()), consents);
        Approval approval = row.approver == null ? null
                : new Approval(EmployeeId.of(row.approver), row.approvedAt, row.approvalNote,
                        Assessments.findings(row.acknowledged, f -> f.listIndex()), row.publishAt);
        ComplianceAssessment assessment = row.assessmentPolicyVersion == null ? null : new ComplianceAssessment(
                Assessments.findings(row.findings, f -> f.listIndex()), new PolicyVersion(row.assessmentPolicyVersion),
                row.assessmentAssessedAt, new ContentDigest(row.assessmentContentDigest));
        return OfficialPost.restore(new PostSnapshot(PostId.of(row.id()), AccountId.of(row.accountId),
                EmployeeId.of(row.author), row.draftedAt,
                row.contributors.stream().map(EmployeeId::of).collect(Collectors.toSet()), content,
                PostStatus.valueOf(row.status), approval, row.rejectionReason, assessment, row.publishedAt,
                row.withdrawalReason, row.reviewedText, row.publishedAddress, row.publicationRefusal,
                row.consentRefusals.stream().sorted(Comparator.comparingInt(r -> r.listIndex()))
                        .map(r -> new ConsentRefusal(areas.apply(r.areaCode), EmployeeId.of(r.refusedBy), r.refusedAt,
                                r.note)).toList()));
    }

    static void copy(OfficialPost post, PostEntity row) {
        PostSnapshot s = post.snapshot();
        row.accountId = s.accountId().toString();
        row.author = s.author().value();
        row.draftedAt = s.draftedAt();
        Rows.replace(row.contributors, s.contributors().stream().map(EmployeeId::value).collect(Collectors.toSet()));
        PostContent content = s.content();
        row.text = content.text();
        List<Media> media = content.media();
        Rows.resize(row.media, media.size(), i -> new PostMediaEntity(UUID.randomUUID().toString(), row, i));
        for (int i = 0; i < media.size(); i++) {
            PostMediaEntity m = row.media.get(i);
            m.kind = media.get(i).kind().name();
            m.description = media.get(i).description();
            m.altText = media.get(i).altText();
            m.captioned = media.get(i).captioned();
            m.rightsCleared = media.get(i).rightsCleared();
            m.showsBranding = media.get(i).showsDepartmentalBranding();
            m.brandingApproved = media.get(i).brandingApproved();
        }
        List<Source> sources = content.sources();
        Rows.resize(row.sources, sources.size(), i -> new PostSourceEntity(UUID.randomUUID().toString(), row, i));
        for (int i = 0; i < sources.size(); i++) {
            row.sources.get(i).citation = sources.get(i).citation();
            row.sources.get(i).url = sources.get(i).url();
        }
        Rows.replace(row.speaksFor, content.speaksFor().stream().map(BusinessArea::code).collect(Collectors.toSet()));
        List<BusinessAreaConsent> consents = content.consents();
        Rows.resize(row.consents, consents.size(), i -> new PostConsentEntity(UUID.randomUUID().toString(), row, i));
        for (int i = 0; i < consents.size(); i++) {
            PostConsentEntity c = row.consents.get(i);
            c.areaCode = consents.get(i).area().code();
            c.givenBy = consents.get(i).givenBy().value();
            c.givenOn = consents.get(i).givenOn();
            c.advice = consents.get(i).advice();
        }
        row.status = s.status().name();
        Approval approval = s.approval();
        row.approver = approval == null ? null : approval.approver().value();
        row.approvedAt = approval == null ? null : approval.approvedAt();
        row.approvalNote = approval == null ? null : approval.note();
        row.publishAt = approval == null ? null : approval.publishAt();
        Assessments.copy(approval == null ? List.of() : approval.acknowledged(), row.acknowledged,
                i -> new PostAcknowledgementEntity(UUID.randomUUID().toString(), row, i));
        row.reviewedText = s.reviewedText();
        row.publicationRefusal = s.publicationRefusal();
        row.publishedAddress = s.publishedAddress();
        List<ConsentRefusal> refusals = s.consentRefusals();
        Rows.resize(row.consentRefusals, refusals.size(),
                i -> new PostConsentRefusalEntity(UUID.randomUUID().toString(), row, i));
        for (int i = 0; i < refusals.size(); i++) {
            PostConsentRefusalEntity r = row.consentRefusals.get(i);
            r.areaCode = refusals.get(i).area().code();
            r.refusedBy = refusals.get(i).refusedBy().value();
            r.refusedAt = refusals.get(i).refusedAt();
            r.note = refusals.get(i).note();
        }
        row.rejectionReason = s.rejectionReason();
        row.publishedAt = s.publishedAt();
        ComplianceAssessment assessment = s.publishedWith();
        row.assessmentPolicyVersion = assessment == null ? null : assessment.policyVersion().value();
        row.assessmentAssessedAt = assessment == null ? null : assessment.assessedAt();
        row.assessmentContentDigest = assessment == null ? null : assessment.contentDigest().hex();
        Assessments.copy(assessment == null ? List.of() : assessment.findings(), row.findings,
                i -> new PostFindingEntity(UUID.randomUUID().toString(), row, i));
        row.withdrawalReason = s.withdrawalReason();
    }

    /** The business areas the post's content names, which must be stored before the post. */
    static List<BusinessArea> areasOf(OfficialPost post) {
        PostContent content = post.snapshot().content();
        return Stream.concat(Stream.concat(content.speaksFor().stream(),
                content.consents().stream().map(BusinessAreaConsent::area)),
                post.consentRefusals().stream().map(ConsentRefusal::area)).distinct().toList();
    }
}
