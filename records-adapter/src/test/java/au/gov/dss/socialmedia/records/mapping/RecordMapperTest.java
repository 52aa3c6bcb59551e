package au.gov.dss.socialmedia.records.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.account.AccountEvent;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationEvent;
import au.gov.dss.socialmedia.domain.comment.CommentEvent;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent;
import au.gov.dss.socialmedia.domain.initiative.InitiativeEvent;
import au.gov.dss.socialmedia.domain.post.PostEvent;
import au.gov.dss.socialmedia.records.json.JsonReader;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordMapperTest {

    private final RecordMapper mapper = new RecordMapper();

    static Stream<Class<?>> everyEventType() {
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> root : List.of(AccountEvent.class, AuthorisationEvent.class, InitiativeEvent.class,
                PostEvent.class, CommentEvent.class, ConductMatterEvent.class)) {
            collectLeaves(root, leaves);
        }
        return leaves.stream();
    }

    private static void collectLeaves(Class<?> type, List<Class<?>> leaves) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collectLeaves(sub, leaves);
            }
        } else if (type.isRecord()) {
            leaves.add(type);
        }
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void every_event_of_the_domain_is_either_a_record_or_a_named_working_step(Class<?> eventType) {
        boolean notARecord = RecordMapper.whyNotARecord(eventType).isPresent();
        boolean conduct = ConductMatterEvent.class.isAssignableFrom(eventType);
        boolean mapped = conduct || mappedTypes().contains(eventType);
        assertTrue(notARecord ^ mapped, eventType.getName() + " must be classified exactly once");
    }

    private static List<Class<?>> mappedTypes() {
        List<Class<?>> mapped = new ArrayList<>();
        everyEventTypeList().forEach(type -> {
            if (RecordMapper.whyNotARecord(type).isEmpty() && !ConductMatterEvent.class.isAssignableFrom(type)) {
                mapped.add(type);
            }
        });
        return mapped;
    }

    private static List<Class<?>> everyEventTypeList() {
        return everyEventType().toList();
    }

    @Test
    void every_record_the_issue_names_becomes_a_record_request() {
        for (DomainEvent event : SampleEvents.recordEvents()) {
            assertTrue(mapper.map(event).isPresent(), event.getClass().getSimpleName() + " must be a record");
        }
    }

    @Test
    void drafts_are_working_steps_and_not_records() {
        assertTrue(mapper.map(SampleEvents.postDrafted()).isEmpty());
        assertTrue(mapper.map(SampleEvents.initiativeDrafted()).isEmpty());
    }

    @Test
    void a_published_post_keeps_its_final_text_media_descriptions_approval_and_compliance_assessment() {
        PostEvent.PostPublished event = SampleEvents.postPublished();
        RecordRequest request = mapper.map(event).orElseThrow();
        assertEquals(RecordType.POST_PUBLISHED, request.type());
        Map<String, Object> json = JsonReader.readObject(request.eventJson());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) json.get("content");
        assertEquals(event.content().text(), content.get("text"));
        assertTrue(request.eventJson().contains("A carer and her son at the kitchen table"));
        assertTrue(json.containsKey("approval"));
        assertTrue(json.containsKey("assessment"));
        assertEquals("https://x.com/DSSfamilies/status/1866000000000000000", json.get("address"),
                "where the post lives on its platform");
        assertTrue(request.rendition().contains("A carer and her son at the kitchen table"), request.rendition());
        assertTrue(request.rendition().contains("Checked with the program area."), request.rendition());
        assertTrue(request.title().startsWith("Official post published to account " + SampleEvents.ACCOUNT));
    }

    @Test
    void the_record_id_is_the_event_id_so_one_event_makes_one_record() {
        DomainEvent event = SampleEvents.accountActivated();
        assertEquals(event.eventId().value(), mapper.map(event).orElseThrow().recordId());
    }

    @Test
    void records_are_official_unless_they_are_conduct_matters() {
        RecordRequest account = mapper.map(SampleEvents.accountActivated()).orElseThrow();
        assertEquals("OFFICIAL", account.marking().label());
        assertFalse(account.marking().isSensitive());
    }

    @Test
    void every_decision_of_a_conduct_matter_is_official_sensitive_with_the_personal_privacy_marker() {
        for (DomainEvent event : List.of(SampleEvents.conductReported(), SampleEvents.breachDetermined(),
                SampleEvents.sanctionImposed())) {
            RecordRequest request = mapper.map(event).orElseThrow();
            assertEquals(RecordType.CONDUCT_MATTER_DECISION, request.type());
            assertEquals("OFFICIAL: Sensitive", request.marking().classification());
            assertEquals("Personal privacy", request.marking().marker().orElseThrow());
            assertTrue(request.rendition().startsWith("OFFICIAL: Sensitive, Personal privacy\n"));
            assertTrue(request.rendition().endsWith("OFFICIAL: Sensitive, Personal privacy\n"));
        }
    }

    @Test
    void a_record_names_the_account_and_the_agent_who_acted() {
        RecordRequest request = mapper.map(SampleEvents.accountSuspended()).orElseThrow();
        assertTrue(request.related().contains(new RelatedEntity("Record", "About account",
                SampleEvents.ACCOUNT.toString(), "DSS official social media account id")));
        assertTrue(request.related().contains(new RelatedEntity("Agent", "Performed by", "E104233",
                "DSS employee number")));
        assertEquals("E104233", request.agent().orElseThrow());
        assertTrue(request.description().contains("Reason: Compromised password."), request.description());
    }

    @Test
    void an_account_record_is_titled_by_its_platform_and_handle() throws Exception {
        RecordRequest request = mapper.map(SampleEvents.accountActivated()).orElseThrow();
        assertEquals("Official account activated: X (Twitter) @DSSfamilies (account " + SampleEvents.ACCOUNT + ")",
                request.title());
        for (DomainEvent event : List.of(SampleEvents.accountSuspended(), SampleEvents.accountDecommissioned(),
                SampleEvents.privacyReview())) {
            String title = mapper.map(event).orElseThrow().title();
            assertTrue(title.contains("X (Twitter)") && title.contains("@DSSfamilies"), title);
        }
        OfficialRecord record = new RecordAssembler(DisposalSchedule.defaults()).assemble(request);
        assertEquals(request.title(), RecordAssemblerTest.text(RecordAssemblerTest.parse(record.metadataXml().bytes()),
                "NameWords"), "the AGRkMS name of the record is its title");
    }

    @Test
    void an_account_record_keeps_the_address_in_its_json_and_rendition() {
        RecordRequest request = mapper.map(SampleEvents.accountSuspended()).orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) JsonReader.readObject(request.eventJson()).get("address");
        assertEquals("X_TWITTER", address.get("platform"));
        assertEquals("@DSSfamilies", address.get("handleOrUrl"));
        assertTrue(request.rendition().contains("Handle or url: @DSSfamilies"), request.rendition());
    }

    @Test
    void the_rendition_names_a_platform_as_people_know_it() {
        String rendition = mapper.map(SampleEvents.accountSuspended()).orElseThrow().rendition();
        assertTrue(rendition.contains("Platform: X (Twitter)\n"), rendition);
    }

    @Test
    void an_expiry_has_no_agent_because_no_person_acted() {
        RecordRequest request = mapper.map(SampleEvents.authorisationExpired()).orElseThrow();
        assertTrue(request.agent().isEmpty());
        assertTrue(request.description().contains("no person acted"));
        assertTrue(request.related().stream().anyMatch(e -> e.role().equals("Holder") && e.id().equals("E200001")));
    }

    @Test
    void a_moderated_comment_keeps_the_switch_channel_reply() {
        RecordRequest request = mapper.map(SampleEvents.commentSwitchedChannel()).orElseThrow();
        assertEquals(RecordType.COMMENT_MODERATED, request.type());
        assertTrue(request.title().endsWith("switch channel"), request.title());
        assertTrue(request.rendition().contains("Please call us on 132 468"), request.rendition());
    }

    @Test
    void an_initiative_decision_keeps_the_business_case_and_risk_plan_as_decided() {
        RecordRequest request = mapper.map(SampleEvents.initiativeApproved()).orElseThrow();
        assertEquals(RecordType.INITIATIVE_DECIDED, request.type());
        assertTrue(request.title().contains("approved"), request.title());
        assertTrue(request.eventJson().contains("Personal details posted in comments"));
        assertTrue(request.eventJson().contains("Raise awareness of Carer Gateway"));
    }

    @Test
    void an_initiative_decision_is_named_after_the_initiative_decided() {
        RecordRequest request = mapper.map(SampleEvents.initiativeApproved()).orElseThrow();
        assertEquals("Social media initiative approved: Carer Gateway awareness (submission 1)", request.title());
    }
}
