package au.gov.dss.socialmedia.admin.post.application;

import au.gov.dss.socialmedia.admin.platform.listing.SubjectHistory;
import au.gov.dss.socialmedia.admin.screening.application.MarkedText;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A post's page: what it says and shows, where it stands, what the rule set in force finds in it now (or what it was
 * published with), what changed since its last review, the actions open to the reader, and its history.
 *
 * @param id its id
 * @param version its stored version, which the page's actions must match
 * @param accountId its account's id
 * @param account its account, as people write it
 * @param platform its account's platform ({@code PlatformKind} name)
 * @param author the author's name
 * @param authorNumber the author's employee number
 * @param contributors everyone who wrote or edited it, by name
 * @param draftedAt when it was started
 * @param status its status, or SCHEDULED for an approved post waiting for its time
 * @param text what it says
 * @param charactersLeft how many characters the platform leaves after it (negative when over)
 * @param media its media items
 * @param sources the sources it cites
 * @param speaksFor the business areas it speaks for, by name
 * @param consents the consents given
 * @param consentsMissing the business areas whose consent it still needs, by name
 * @param approval its approval, or null
 * @param rejectionReason why it was rejected, or null
 * @param publicationRefusal why its scheduled publication did not happen, or null
 * @param publishedAt when it was published, or null
 * @param publishedAddress where it lives on the platform, or null
 * @param withdrawalReason why it was withdrawn, or null
 * @param screening the findings of the rule set in force on it now (null once published)
 * @param publishedWith the assessment it was published with (null until published)
 * @param changes what changed since the text its last reviewer saw (empty when nothing changed or never reviewed)
 * @param actions the actions open to the reader ({@code ProtectedAction} names)
 * @param history its audit entries and records
 * @param speaksForCodes the codes of the business areas it speaks for, for editing
 * @param authorAuthority the author's authority to post to the account now, in words
 * @param authorAuthorisationId the authorisation it rests on, when the author holds one
 * @param consentRefusals the refusals of areas it speaks for, as "area (who, when): why"
 * @param consentAskedOf the reader's business area, by name, when the post asks its consent of them
 */
public record PostDetail(String id, long version, String accountId, String account, String platform, String author,
                         String authorNumber, List<String> contributors, Instant draftedAt, String status,
                         String text, int charactersLeft, List<MediaLine> media, List<SourceLine> sources,
                         List<String> speaksFor, List<ConsentLine> consents, List<String> consentsMissing,
                         ApprovalLine approval, String rejectionReason, String publicationRefusal,
                         Instant publishedAt, String publishedAddress, String withdrawalReason,
                         MarkedText screening, MarkedText publishedWith, List<TextDiff.Part> changes,
                         Set<String> actions, SubjectHistory history, List<String> speaksForCodes,
                         String authorAuthority, String authorAuthorisationId, List<String> consentRefusals,
                         String consentAskedOf)
        implements Serializable {

    /** Copies the lists. */
    public PostDetail {
        contributors = List.copyOf(contributors);
        media = List.copyOf(media);
        sources = List.copyOf(sources);
        speaksFor = List.copyOf(speaksFor);
        consents = List.copyOf(consents);
        consentsMissing = List.copyOf(consentsMissing);
        changes = List.copyOf(changes);
        actions = Set.copyOf(actions);
        speaksForCodes = List.copyOf(speaksForCodes);
        consentRefusals = List.copyOf(consentRefusals);
    }

    /** Whether the reader may take the action now. */
    public boolean may(String action) {
        return actions.contains(action);
    }

    /** The first words, as the page's title. */
    public String title() {
        return PostCommands.excerpt(text);
    }

    /**
     * A media item.
     *
     * @param kind IMAGE, VIDEO or AUDIO
     * @param description what it shows
     * @param altText its text alternative (empty when none)
     * @param captioned whether it has captions or a transcript
     * @param rightsCleared whether the department may use it
     * @param showsBranding whether it shows the department's branding
     * @param brandingApproved whether CMB approved that use
     */
    public record MediaLine(String kind, String description, String altText, boolean captioned,
                            boolean rightsCleared, boolean showsBranding, boolean brandingApproved)
            implements Serializable {
    }

    /**
     * A source.
     *
     * @param citation what it is
     * @param url where it is (may be empty)
     */
    public record SourceLine(String citation, String url) implements Serializable {
    }

    /**
     * A business area's consent.
     *
     * @param area the area, by name
     * @param givenBy who gave it, by name
     * @param givenOn when
     * @param advice its advice
     */
    public record ConsentLine(String area, String givenBy, LocalDate givenOn, String advice) implements Serializable {
    }

    /**
     * The approval.
     *
     * @param approver who approved it, by name
     * @param approvedAt when
     * @param note the approver's note
     * @param acknowledged the warnings the approver acknowledged, as "category: advice"
     * @param publishAt when it publishes itself, or null
     */
    public record ApprovalLine(String approver, Instant approvedAt, String note, List<String> acknowledged,
                               Instant publishAt) implements Serializable {

        /** Copies the list. */
        public ApprovalLine {
            acknowledged = List.copyOf(acknowledged);
        }
    }
}
