package au.gov.dss.socialmedia.records.mapping;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a record's metadata as XML whose elements are named after the properties and sub-properties of AGRkMS 2.2
 * (Entity Type, Category, Identifier, Name, Date Range, Description, Related Entity, Security Classification,
 * Language, Disposal, Format, Extent, Integrity Check). The namespace is this department's
 * ({@value #NAMESPACE}); the PSPF's information management marker, which AGRkMS 2.2 predates, is written as an
 * {@code InformationManagementMarker} element beside the security classification.
 */
public final class AgrkmsXml {

    /** The XML namespace of the metadata documents. */
    public static final String NAMESPACE = "urn:au:gov:dss:socialmedia:records:agrkms:2.2";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private AgrkmsXml() {
    }

    /** The metadata of a record with the given content files, as UTF-8 XML. */
    public static byte[] write(RecordMetadata metadata, List<ContentFile> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            Indenting out = new Indenting(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "Record");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("standard", "AGRkMS 2.2");
            out.leaf(1, "EntityType", RecordMetadata.ENTITY_TYPE);
            out.leaf(1, "Category", metadata.category());
            out.open(1, "Identifier");
            out.leaf(2, "IdentifierString", metadata.identifier());
            out.leaf(2, "IdentifierScheme", RecordMetadata.IDENTIFIER_SCHEME);
            out.close(1);
            out.open(1, "Name");
            out.leaf(2, "NameWords", metadata.name());
            out.close(1);
            out.open(1, "DateRange");
            out.leaf(2, "StartDate", metadata.startDate().toString());
            out.leaf(2, "EndDate", metadata.endDate().toString());
            out.close(1);
            out.leaf(1, "Description", metadata.description());
            for (RelatedEntity entity : metadata.related()) {
                out.open(1, "RelatedEntity");
                out.leaf(2, "EntityType", entity.entityType());
                out.leaf(2, "AssignedEntityID", entity.id());
                out.leaf(2, "AssignedEntityIDScheme", entity.scheme());
                out.leaf(2, "RelationshipRole", entity.role());
                out.close(1);
            }
            out.leaf(1, "SecurityClassification", metadata.marking().classification());
            if (metadata.marking().marker().isPresent()) {
                out.leaf(1, "InformationManagementMarker", metadata.marking().marker().get());
            }
            out.leaf(1, "Keyword", metadata.recordType().label());
            out.leaf(1, "Language", metadata.language());
            out.open(1, "Disposal");
            out.leaf(2, "RecordsAuthority", metadata.disposal().recordsAuthority());
            out.leaf(2, "DisposalClassID", metadata.disposal().classId());
            out.leaf(2, "DisposalAction", metadata.disposal().action());
            out.close(1);
            for (ContentFile file : content) {
                out.open(1, "Format");
                out.leaf(2, "FormatName", file.formatName());
                out.leaf(2, "FormatVersion", file.formatVersion());
                out.leaf(2, "MediaType", file.mediaType());
                out.leaf(2, "FileName", file.name());
                out.close(1);
            }
            out.open(1, "Extent");
            out.leaf(2, "LogicalSize", Long.toString(content.stream().mapToLong(ContentFile::size).sum()));
            out.leaf(2, "Quantity", Integer.toString(content.size()));
            out.leaf(2, "Units", "bytes; files");
            out.close(1);
            for (ContentFile file : content) {
                out.open(1, "IntegrityCheck");
                out.leaf(2, "HashFunctionName", "SHA-256");
                out.leaf(2, "MessageDigest", file.sha256());
                out.leaf(2, "FileName", file.name());
                out.close(1);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the AGRkMS metadata of " + metadata.identifier(), e);
        }
        return bytes.toByteArray();
    }

    /** Writes elements one per line, indented by depth. */
    private record Indenting(XMLStreamWriter xml) {

        void leaf(int depth, String name, String text) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(NAMESPACE, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        void open(int depth, String name) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(NAMESPACE, name);
        }

        void close(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeEndElement();
        }
    }
}
