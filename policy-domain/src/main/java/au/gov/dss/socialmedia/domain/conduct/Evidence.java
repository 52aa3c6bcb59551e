package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence of a behaviour: what kind it is, what it shows and where to find it. Evidence of kind
 * {@link EvidenceKind#RECORDED_POST} names the recorded official post; other kinds never do.
 *
 * @param kind what kind of evidence
 * @param description what it shows, 1 to 2000 characters
 * @param post the recorded post, for {@link EvidenceKind#RECORDED_POST} only, otherwise null
 * @param reference where to find it (a records number, a file name), up to 500 characters; empty when none
 */
public record Evidence(EvidenceKind kind, String description, PostId post, String reference) {

    /** Refuses a missing kind, a blank description, and a post id that does not match the kind. */
    public Evidence {
        Objects.requireNonNull(kind, "evidence kind must not be null");
        description = Text.required("evidence description", description, 2000);
        if (kind == EvidenceKind.RECORDED_POST && post == null) {
            throw new IllegalArgumentException("evidence post must be given for a recorded post");
        }
        if (kind != EvidenceKind.RECORDED_POST && post != null) {
            throw new IllegalArgumentException("evidence post must only be given for a recorded post, not for "
                    + kind);
        }
        reference = Text.optional("evidence reference", reference, 500);
    }

    /** A recorded official post as evidence. */
    public static Evidence recordedPost(PostId post, String description) {
        return new Evidence(EvidenceKind.RECORDED_POST, description, post, null);
    }

    /** A document as evidence, with where to find it. */
    public static Evidence document(String description, String reference) {
        return new Evidence(EvidenceKind.DOCUMENT, description, null, reference);
    }

    /** A screenshot as evidence, with where to find it. */
    public static Evidence screenshot(String description, String reference) {
        return new Evidence(EvidenceKind.SCREENSHOT, description, null, reference);
    }

    /** A witness statement as evidence, with where to find it. */
    public static Evidence witnessStatement(String description, String reference) {
        return new Evidence(EvidenceKind.WITNESS_STATEMENT, description, null, reference);
    }

    /** The recorded post, when the evidence is one. */
    public Optional<PostId> postIfAny() {
        return Optional.ofNullable(post);
    }

    /** Where to find the evidence, when a reference was given. */
    public Optional<String> referenceIfAny() {
        return reference.isEmpty() ? Optional.empty() : Optional.of(reference);
    }
}
