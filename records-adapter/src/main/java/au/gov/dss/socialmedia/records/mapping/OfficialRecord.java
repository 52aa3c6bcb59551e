package au.gov.dss.socialmedia.records.mapping;

import java.util.List;
import java.util.Objects;

/**
 * A record ready for a target: its metadata, its content files (the event as JSON, the rendition as text) and its
 * full AGRkMS metadata as XML.
 *
 * @param metadata the metadata
 * @param content the content files, the machine-readable one first
 * @param metadataXml the AGRkMS metadata as XML, naming the content files with their digests
 */
public record OfficialRecord(RecordMetadata metadata, List<ContentFile> content, ContentFile metadataXml) {

    /** Refuses missing parts and empty content; copies the list. */
    public OfficialRecord {
        Objects.requireNonNull(metadata, "metadata must not be null");
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a record has at least one content file");
        }
        Objects.requireNonNull(metadataXml, "metadata XML must not be null");
    }

    /** The record's identifier. */
    public String id() {
        return metadata.identifier();
    }

    /** The machine-readable content: the event as JSON. */
    public ContentFile primary() {
        return content.get(0);
    }

    /** The total size of the content in bytes (AGRkMS Extent, logical size). */
    public long contentBytes() {
        return content.stream().mapToLong(ContentFile::size).sum();
    }
}
