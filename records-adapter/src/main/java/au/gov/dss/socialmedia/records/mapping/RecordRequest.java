package au.gov.dss.socialmedia.records.mapping;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A record asked for: everything the outbox stores about one event, so that a worker in another process (or the
 * standalone CLI) can capture it without the event's classes. The event's content is fixed here, at the moment of
 * the change, as JSON and as a plain-text rendition.
 *
 * @param recordId the record's identifier: the event's id (one event, one record)
 * @param type the kind of record
 * @param eventType the event's type, for example {@code AccountActivated}
 * @param occurredAt when the event happened
 * @param title the record's name (AGRkMS Name)
 * @param description the record's description
 * @param agent the employee number of who acted, if a person did
 * @param marking the protective marking
 * @param related the related entities
 * @param eventJson the event as JSON (the machine-readable content)
 * @param rendition the event for people (the human-readable content, plain text)
 */
public record RecordRequest(UUID recordId, RecordType type, String eventType, Instant occurredAt, String title,
                            String description, Optional<String> agent, ProtectiveMarking marking,
                            List<RelatedEntity> related, String eventJson, String rendition) {

    /** Refuses missing parts; copies the related entities. */
    public RecordRequest {
        Objects.requireNonNull(recordId, "record id must not be null");
        Objects.requireNonNull(type, "record type must not be null");
        Objects.requireNonNull(eventType, "event type must not be null");
        Objects.requireNonNull(occurredAt, "occurred at must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(agent, "agent must not be null (use Optional.empty())");
        Objects.requireNonNull(marking, "marking must not be null");
        related = List.copyOf(related);
        Objects.requireNonNull(eventJson, "event JSON must not be null");
        Objects.requireNonNull(rendition, "rendition must not be null");
    }

    /** The SHA-256 of the event's JSON (UTF-8), the fixity every target must reproduce. */
    public String eventJsonSha256() {
        return Digests.sha256Hex(eventJson.getBytes(StandardCharsets.UTF_8));
    }
}
