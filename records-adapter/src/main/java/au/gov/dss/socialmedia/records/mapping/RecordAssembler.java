package au.gov.dss.socialmedia.records.mapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the {@link OfficialRecord} of a {@link RecordRequest}: the content files ({@code <id>.json}, the event;
 * {@code <id>.txt}, its rendition) and the AGRkMS metadata, with the business function, activity and disposal
 * that the {@link DisposalSchedule} gives the record's type. Deterministic: the same request and schedule always
 * give the same bytes, so a record captured twice is the same record.
 */
public final class RecordAssembler {

    /** The language of every record's content. */
    public static final String LANGUAGE = "en-AU";

    private final DisposalSchedule schedule;

    /** An assembler that classifies records with the given schedule. */
    public RecordAssembler(DisposalSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule must not be null");
    }

    /** The record of the request. */
    public OfficialRecord assemble(RecordRequest request) {
        String id = request.recordId().toString();
        List<ContentFile> content = List.of(
                new ContentFile(id + ".json", "application/json", "JSON", "RFC 8259",
                        request.eventJson().getBytes(StandardCharsets.UTF_8)),
                new ContentFile(id + ".txt", "text/plain; charset=UTF-8", "Plain text", "UTF-8",
                        request.rendition().getBytes(StandardCharsets.UTF_8)));
        List<RelatedEntity> related = new ArrayList<>(request.related());
        related.add(new RelatedEntity("Business", "Function", schedule.functionOf(request.type()),
                schedule.disposalOf(request.type()).recordsAuthority()));
        related.add(new RelatedEntity("Business", "Activity", schedule.activityOf(request.type()),
                schedule.disposalOf(request.type()).recordsAuthority()));
        RecordMetadata metadata = new RecordMetadata(id, "Item", request.type(), request.eventType(),
                request.title(), request.occurredAt(), request.occurredAt(), request.description(), related,
                request.marking(), schedule.disposalOf(request.type()), LANGUAGE);
        ContentFile xml = new ContentFile(id + ".agrkms.xml", "application/xml", "XML", "1.0",
                AgrkmsXml.write(metadata, content));
        return new OfficialRecord(metadata, content, xml);
    }
}
