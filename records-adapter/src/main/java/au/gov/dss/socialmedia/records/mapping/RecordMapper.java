package au.gov.dss.socialmedia.records.mapping;

import au.gov.dss.socialmedia.domain.account.AccountEvent;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationEvent;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationExpired;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationGranted;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationReinstated;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRenewed;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRevoked;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationSuspended;
import au.gov.dss.socialmedia.domain.comment.CommentEvent;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.CommentId;
import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent;
import au.gov.dss.socialmedia.domain.initiative.BusinessCaseRevised;
import au.gov.dss.socialmedia.domain.initiative.InitiativeActivated;
import au.gov.dss.socialmedia.domain.initiative.InitiativeApproved;
import au.gov.dss.socialmedia.domain.initiative.InitiativeChangesRequested;
import au.gov.dss.socialmedia.domain.initiative.InitiativeClosed;
import au.gov.dss.socialmedia.domain.initiative.InitiativeDecided;
import au.gov.dss.socialmedia.domain.initiative.InitiativeDrafted;
import au.gov.dss.socialmedia.domain.initiative.InitiativeRejected;
import au.gov.dss.socialmedia.domain.initiative.InitiativeSubmitted;
import au.gov.dss.socialmedia.domain.initiative.RiskPlanRevised;
import au.gov.dss.socialmedia.domain.post.PostEvent;
import au.gov.dss.socialmedia.records.json.JsonWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which domain events are records and maps each to a {@link RecordRequest}. Every event that evidences a
 * decision or an official communication is a record (the Recordkeeping clause); drafts, edits, proposals and
 * comments merely received are working steps whose final content is kept by a later record (the submitted or
 * decided initiative, the published post, the moderated comment), so they are not records of their own. A test
 * walks every permitted subtype of every sealed event interface, so a new event cannot go unclassified.
 */
public final class RecordMapper {

    private static final Map<Class<?>, RecordType> TYPES = Map.ofEntries(
            Map.entry(PostEvent.PostPublished.class, RecordType.POST_PUBLISHED),
            Map.entry(PostEvent.PostApproved.class, RecordType.POST_REVIEWED),
            Map.entry(PostEvent.PostRejected.class, RecordType.POST_REVIEWED),
            Map.entry(PostEvent.PostWithdrawn.class, RecordType.POST_WITHDRAWN),
            Map.entry(CommentEvent.CommentModerated.class, RecordType.COMMENT_MODERATED),
            Map.entry(InitiativeSubmitted.class, RecordType.INITIATIVE_SUBMITTED),
            Map.entry(InitiativeApproved.class, RecordType.INITIATIVE_DECIDED),
            Map.entry(InitiativeRejected.class, RecordType.INITIATIVE_DECIDED),
            Map.entry(InitiativeChangesRequested.class, RecordType.INITIATIVE_DECIDED),
            Map.entry(InitiativeActivated.class, RecordType.INITIATIVE_ACTIVATED),
            Map.entry(InitiativeClosed.class, RecordType.INITIATIVE_CLOSED),
            Map.entry(AuthorisationGranted.class, RecordType.AUTHORISATION_GRANTED),
            Map.entry(AuthorisationSuspended.class, RecordType.AUTHORISATION_SUSPENDED),
            Map.entry(AuthorisationReinstated.class, RecordType.AUTHORISATION_REINSTATED),
            Map.entry(AuthorisationRenewed.class, RecordType.AUTHORISATION_RENEWED),
            Map.entry(AuthorisationRevoked.class, RecordType.AUTHORISATION_REVOKED),
            Map.entry(AuthorisationExpired.class, RecordType.AUTHORISATION_EXPIRED),
            Map.entry(AccountEvent.AccountActivated.class, RecordType.ACCOUNT_ACTIVATED),
            Map.entry(AccountEvent.AccountSuspended.class, RecordType.ACCOUNT_SUSPENDED),
            Map.entry(AccountEvent.AccountReinstated.class, RecordType.ACCOUNT_REINSTATED),
            Map.entry(AccountEvent.AccountDecommissioned.class, RecordType.ACCOUNT_DECOMMISSIONED),
            Map.entry(AccountEvent.AdministratorChanged.class, RecordType.ACCOUNT_ADMINISTRATOR_CHANGED),
            Map.entry(AccountEvent.PurposeRevised.class, RecordType.ACCOUNT_PURPOSE_REVISED),
            Map.entry(AccountEvent.BrandingApproved.class, RecordType.ACCOUNT_BRANDING_APPROVED),
            Map.entry(AccountEvent.PrivacyReviewRecorded.class, RecordType.PRIVACY_REVIEW));

    /** The events that are working steps, not records, with why. */
    private static final Map<Class<?>, String> NOT_RECORDS = Map.ofEntries(
            Map.entry(PostEvent.PostDrafted.class, "a draft: the published post is the record"),
            Map.entry(PostEvent.PostEdited.class, "an edit of a draft: the published post is the record"),
            Map.entry(PostEvent.PostSubmitted.class, "a step of review: the review decision is the record"),
            Map.entry(PostEvent.PostPublicationRefused.class,
                    "a scheduled publication that did not happen: nothing went out"),
            Map.entry(PostEvent.PostAddressRecorded.class, "where a published post lives, recorded after publication:"
                    + " the post keeps it and the audit trail says who recorded it"),
            Map.entry(CommentEvent.CommentReceived.class, "a comment received: the moderation decision records it"),
            Map.entry(InitiativeDrafted.class, "a draft: the submitted initiative is the record"),
            Map.entry(BusinessCaseRevised.class,
                    "a draft revision: the business case is kept as submitted and decided"),
            Map.entry(RiskPlanRevised.class, "a draft revision: the risk plan is kept as submitted and decided"),
            Map.entry(AccountEvent.AccountProposed.class, "a proposal: the activation is the record"),
            Map.entry(PostEvent.PostConsentGiven.class, "a consent given: it is part of the content the review and"
                    + " the published post keep"),
            Map.entry(PostEvent.PostConsentRefused.class, "a consent refused: nothing goes out; the post and the"
                    + " audit trail keep why"));

    /** Creates the mapper. */
    public RecordMapper() {
    }

    /** The record type of an event, or empty when the event is a working step and not a record. */
    public Optional<RecordType> recordTypeOf(DomainEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        if (event instanceof ConductMatterEvent) {
            return Optional.of(RecordType.CONDUCT_MATTER_DECISION);
        }
        RecordType type = TYPES.get(event.getClass());
        if (type != null) {
            return Optional.of(type);
        }
        if (NOT_RECORDS.containsKey(event.getClass())) {
            return Optional.empty();
        }
        throw new IllegalArgumentException("no record mapping for " + event.getClass().getName()
                + ": decide whether it is a record in RecordMapper");
    }

    /** Why an event class is not a record, or empty when it is one (or unknown). */
    public static Optional<String> whyNotARecord(Class<?> eventType) {
        return Optional.ofNullable(NOT_RECORDS.get(eventType));
    }

    /** The record request for an event, or empty when the event is not a record. */
    public Optional<RecordRequest> map(DomainEvent event) {
        return recordTypeOf(event).map(type -> toRequest(event, type));
    }

    private RecordRequest toRequest(DomainEvent event, RecordType type) {
        if (!(event instanceof Record)) {
            throw new IllegalArgumentException("events are records, but " + event.getClass().getName() + " is not");
        }
        ProtectiveMarking marking = markingOf(event);
        String title = Labels.abbreviate(titleOf(event, type), 250);
        String rendition = PlainTextRendition.render(event, type, title, marking);
        return new RecordRequest(event.eventId().value(), type, event.getClass().getSimpleName(),
                event.occurredAt(), title, descriptionOf(event), Optional.ofNullable(event.actor()).map(EmployeeId::value),
                marking, relatedOf((Record) event), JsonWriter.write(event), rendition);
    }

    /** The protective marking: the conduct matter's own, else OFFICIAL. */
    static ProtectiveMarking markingOf(DomainEvent event) {
        if (event instanceof ConductMatterEvent conduct) {
            return new ProtectiveMarking(conduct.classification().level().label(),
                    Optional.of(conduct.classification().marker().label()));
        }
        return ProtectiveMarking.OFFICIAL;
    }

    private static String titleOf(DomainEvent event, RecordType type) {
        if (event instanceof PostEvent.PostPublished published) {
            return "Official post published to account " + published.accountId() + ": \""
                    + Labels.abbreviate(published.content().text(), 80) + "\"";
        }
        if (event instanceof PostEvent.PostApproved approved) {
            return "Official post " + approved.postId() + " approved";
        }
        if (event instanceof PostEvent.PostRejected rejected) {
            return "Official post " + rejected.postId() + " rejected";
        }
        if (event instanceof CommentEvent.CommentModerated moderated) {
            return "Public comment on account " + moderated.accountId() + " moderated: "
                    + Labels.humanize(moderated.decision().getClass().getSimpleName()).toLowerCase(java.util.Locale.ROOT);
        }
        if (event instanceof InitiativeSubmitted submitted) {
            return "Social media initiative submitted: " + submitted.title() + " (submission "
                    + submitted.submissionNumber() + ")";
        }
        if (event instanceof InitiativeDecided decided) {
            return "Social media initiative "
                    + Labels.humanize(decided.outcome().name()).toLowerCase(java.util.Locale.ROOT) + ": "
                    + decided.title() + " (submission " + decided.submissionNumber() + ")";
        }
        if (event instanceof AuthorisationGranted granted) {
            return "Authorisation granted to " + granted.holder() + " as " + Labels.humanize(granted.role().name());
        }
        if (event instanceof AuthorisationEvent authorisation) {
            return type.label() + ": " + authorisation.holder() + " (authorisation " + authorisation.authorisationId()
                    + ")";
        }
        if (event instanceof AccountEvent account) {
            return type.label() + ": " + account.address().label() + " (account " + account.accountId() + ")";
        }
        if (event instanceof ConductMatterEvent conduct) {
            return "Conduct matter " + conduct.matterId() + ": "
                    + Labels.humanize(event.getClass().getSimpleName()).toLowerCase(java.util.Locale.ROOT);
        }
        if (event instanceof PostEvent post) {
            return type.label() + ": post " + post.postId();
        }
        if (event instanceof au.gov.dss.socialmedia.domain.initiative.InitiativeEvent initiative) {
            return type.label() + ": initiative " + initiative.initiativeId();
        }
        return type.label();
    }

    private static String descriptionOf(DomainEvent event) {
        StringBuilder out = new StringBuilder();
        out.append(Labels.humanize(event.getClass().getSimpleName())).append(" at ").append(event.occurredAt())
                .append(event.actor() == null ? " (no person acted)" : " by " + event.actor()).append('.');
        Record record = (Record) event;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String name = component.getName();
            if (List.of("reason", "reasons", "grounds", "note").contains(name)) {
                Object value = JsonWriter.valueOf(record, component);
                if (value instanceof String text && !text.isBlank()) {
                    out.append(' ').append(Labels.humanize(name)).append(": ").append(text.strip());
                    if (!text.strip().endsWith(".")) {
                        out.append('.');
                    }
                } else if (value != null && !(value instanceof String)) {
                    out.append(' ').append(Labels.humanize(name)).append(": ")
                            .append(Labels.humanize(String.valueOf(value))).append('.');
                }
            }
        }
        return Labels.abbreviate(out.toString(), 3900);
    }

    /** The entities the event names directly: the aggregates it is about and the employees concerned. */
    static List<RelatedEntity> relatedOf(Record event) {
        List<RelatedEntity> related = new ArrayList<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value = JsonWriter.valueOf(event, component);
            String name = component.getName();
            if (value instanceof AccountId id) {
                related.add(new RelatedEntity("Record", "About account", id.toString(),
                        "DSS official social media account id"));
            } else if (value instanceof InitiativeId id) {
                related.add(new RelatedEntity("Record", "About initiative", id.toString(),
                        "DSS social media initiative id"));
            } else if (value instanceof PostId id) {
                related.add(new RelatedEntity("Record", "About post", id.toString(), "DSS official post id"));
            } else if (value instanceof CommentId id) {
                related.add(new RelatedEntity("Record", "About comment", id.toString(), "DSS public comment id"));
            } else if (value instanceof AuthorisationId id) {
                related.add(new RelatedEntity("Record", "About authorisation", id.toString(),
                        "DSS authorisation id"));
            } else if (value instanceof ConductMatterId id) {
                related.add(new RelatedEntity("Record", "About conduct matter", id.toString(),
                        "DSS conduct matter id"));
            } else if (value instanceof EmployeeId id) {
                String role = name.equals("actor") ? "Performed by" : Labels.humanize(name);
                related.add(new RelatedEntity("Agent", role, id.value(), "DSS employee number"));
            }
        }
        return related;
    }
}
