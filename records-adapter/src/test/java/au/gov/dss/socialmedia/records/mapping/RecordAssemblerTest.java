package au.gov.dss.socialmedia.records.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.records.testing.SampleEvents;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordAssemblerTest {

    private final RecordMapper mapper = new RecordMapper();

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String text(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(AgrkmsXml.NAMESPACE, element);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static List<String> all(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(AgrkmsXml.NAMESPACE, element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    @Test
    void the_metadata_has_the_agrkms_properties_of_a_record() throws Exception {
        RecordRequest request = mapper.map(SampleEvents.authorisationRevoked()).orElseThrow();
        OfficialRecord record = new RecordAssembler(DisposalSchedule.defaults()).assemble(request);
        Document xml = parse(record.metadataXml().bytes());
        assertEquals("Record", text(xml, "EntityType"));
        assertEquals("Item", text(xml, "Category"));
        assertEquals(request.recordId().toString(), text(xml, "IdentifierString"));
        assertEquals(request.title(), text(xml, "NameWords"));
        assertEquals(SampleEvents.AT.toString(), text(xml, "StartDate"));
        assertEquals(request.description(), text(xml, "Description"));
        assertEquals("OFFICIAL", text(xml, "SecurityClassification"));
        assertEquals(null, text(xml, "InformationManagementMarker"));
        assertEquals("en-AU", text(xml, "Language"));
        assertEquals("AFDA Express Version 2", text(xml, "RecordsAuthority"));
        assertEquals(Disposal.UNSENTENCED, text(xml, "DisposalClassID"));
        assertTrue(all(xml, "AssignedEntityID").containsAll(List.of("E104233", "E200001", "EXTERNAL RELATIONS",
                "Social media")), all(xml, "AssignedEntityID").toString());
        assertEquals(List.of("JSON", "Plain text"), all(xml, "FormatName"));
        assertEquals(String.valueOf(record.contentBytes()), text(xml, "LogicalSize"));
        assertEquals("2", text(xml, "Quantity"));
        assertEquals(List.of(record.content().get(0).sha256(), record.content().get(1).sha256()),
                all(xml, "MessageDigest"));
    }

    @Test
    void a_conduct_record_is_marked_sensitive_with_its_marker_in_the_metadata() throws Exception {
        RecordRequest request = mapper.map(SampleEvents.sanctionImposed()).orElseThrow();
        Document xml = parse(new RecordAssembler(DisposalSchedule.defaults()).assemble(request).metadataXml().bytes());
        assertEquals("OFFICIAL: Sensitive", text(xml, "SecurityClassification"));
        assertEquals("Personal privacy", text(xml, "InformationManagementMarker"));
        Element root = xml.getDocumentElement();
        assertEquals("AGRkMS 2.2", root.getAttribute("standard"));
    }

    @Test
    void disposal_is_configured_per_record_type() throws Exception {
        Properties config = new Properties();
        config.setProperty("records.disposal.post-published.class", "61234");
        config.setProperty("records.disposal.post-published.action", "Destroy 7 years after action completed");
        DisposalSchedule schedule = DisposalSchedule.from(config);
        assertEquals(new Disposal("AFDA Express Version 2", "61234", "Destroy 7 years after action completed"),
                schedule.disposalOf(RecordType.POST_PUBLISHED));
        assertEquals(Disposal.UNSENTENCED, schedule.disposalOf(RecordType.ACCOUNT_ACTIVATED).classId());
        RecordRequest request = mapper.map(SampleEvents.postPublished()).orElseThrow();
        Document xml = parse(new RecordAssembler(schedule).assemble(request).metadataXml().bytes());
        assertEquals("61234", text(xml, "DisposalClassID"));
    }

    @Test
    void assembling_the_same_request_twice_gives_the_same_bytes() {
        RecordRequest request = mapper.map(SampleEvents.postPublished()).orElseThrow();
        RecordAssembler assembler = new RecordAssembler(DisposalSchedule.defaults());
        OfficialRecord one = assembler.assemble(request);
        OfficialRecord two = assembler.assemble(request);
        assertEquals(one.content(), two.content());
        assertArrayEquals(one.metadataXml().bytes(), two.metadataXml().bytes());
        assertEquals(request.eventJsonSha256(), one.primary().sha256());
    }
}
