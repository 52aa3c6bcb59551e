package au.gov.dss.socialmedia.records.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A record's metadata after the Australian Government Recordkeeping Metadata Standard 2.2 (AGRkMS): the properties
 * the standard makes mandatory for a Record entity, and those this department needs. Format, extent and integrity
 * check are per content file ({@link ContentFile}) and are written with it by {@link AgrkmsXml}.
 *
 * @param identifier the record's stable identifier (the event's UUID)
 * @param category the AGRkMS category of the Record entity: {@code Item}
 * @param recordType the kind of record
 * @param eventType the event's type, for example {@code AuthorisationRevoked}
 * @param name the title
 * @param startDate start of the date range (when the event happened)
 * @param endDate end of the date range (the same instant: an event is a moment)
 * @param description what the record is about, in a sentence or two
 * @param related the related entities: aggregates, agents, business function and activity
 * @param marking the security classification and information management marker
 * @param disposal the records authority, class and action
 * @param language the language of the content (RFC 5646), {@code en-AU}
 */
public record RecordMetadata(String identifier, String category, RecordType recordType, String eventType,
                             String name, Instant startDate, Instant endDate, String description,
                             List<RelatedEntity> related, ProtectiveMarking marking, Disposal disposal,
                             String language) {

    /** The AGRkMS entity type of everything this module captures. */
    public static final String ENTITY_TYPE = "Record";

    /** The identifier scheme of the record identifier. */
    public static final String IDENTIFIER_SCHEME = "DSS social media record id (domain event id)";

    /** Refuses missing parts; copies the related entities. */
    public RecordMetadata {
        Objects.requireNonNull(identifier, "identifier must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(recordType, "record type must not be null");
        Objects.requireNonNull(eventType, "event type must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(startDate, "start date must not be null");
        Objects.requireNonNull(endDate, "end date must not be null");
        Objects.requireNonNull(description, "description must not be null");
        related = List.copyOf(related);
        Objects.requireNonNull(marking, "marking must not be null");
        Objects.requireNonNull(disposal, "disposal must not be null");
        Objects.requireNonNull(language, "language must not be null");
    }
}
