package au.gov.dss.socialmedia.records.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.records.bagit.BagItArchive;
import au.gov.dss.socialmedia.records.mapping.DisposalSchedule;
import au.gov.dss.socialmedia.records.mapping.RecordAssembler;
import au.gov.dss.socialmedia.records.target.RecordTarget;
import au.gov.dss.socialmedia.records.testing.IndependentBagCheck;
import au.gov.dss.socialmedia.records.testing.MutableClock;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import au.gov.dss.socialmedia.records.testing.TestDatabases;
import au.gov.dss.socialmedia.records.testing.TestTargets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OutboxTest {

    private final DataSource database = TestDatabases.h2();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));
    private final RecordOutbox outbox = new RecordOutbox(database, clock);
    private final RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(5));

    @TempDir
    Path archiveRoot;

    private RecordSync worker(String id, RecordTarget... targets) {
        return new RecordSync(outbox, new RecordAssembler(DisposalSchedule.defaults()), List.of(targets), retry,
                Duration.ofMinutes(5), id, clock, new Random(3));
    }

    private void captureCommitted(DomainEvent... events) throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            OutboxRecordKeeping keeping = OutboxRecordKeeping.onConnection(connection, clock);
            for (DomainEvent event : events) {
                keeping.capture(event);
            }
            connection.commit();
        }
    }

    @Test
    void a_change_that_rolls_back_leaves_no_record_pending() throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            OutboxRecordKeeping.onConnection(connection, clock).capture(SampleEvents.accountActivated());
            connection.rollback();
        }
        assertEquals(0, outbox.counts().total());
    }

    @Test
    void a_committed_change_has_its_record_pending() throws Exception {
        DomainEvent event = SampleEvents.authorisationRevoked();
        captureCommitted(event);
        OutboxEntry entry = outbox.find(event.eventId().value()).orElseThrow();
        assertEquals(RecordStatus.PENDING, entry.status());
        assertEquals("authorisation-revoked", entry.recordType());
        assertEquals(SampleEvents.AT, entry.occurredAt());
        assertEquals(0, entry.attempts());
        assertEquals(new OutboxCounts(1, 0, 0), outbox.counts());
    }

    @Test
    void capturing_the_same_event_twice_asks_for_one_record_and_working_steps_for_none() throws Exception {
        DomainEvent event = SampleEvents.accountActivated();
        captureCommitted(event, event, SampleEvents.postDrafted());
        assertEquals(1, outbox.counts().total());
    }

    @Test
    void a_record_comes_back_from_the_outbox_exactly_as_it_was_asked_for() throws Exception {
        DomainEvent event = SampleEvents.sanctionImposed();
        captureCommitted(event);
        assertEquals(new au.gov.dss.socialmedia.records.mapping.RecordMapper().map(event).orElseThrow(),
                outbox.request(event.eventId().value()).orElseThrow());
    }

    @Test
    void a_worker_captures_pending_records_into_valid_bags_and_marks_them_captured_with_the_bag() throws Exception {
        captureCommitted(SampleEvents.recordEvents().toArray(DomainEvent[]::new));
        BagItArchive archive = new BagItArchive(archiveRoot, true, "DSS", clock);
        SyncSummary summary = worker("w1", archive).syncOnce(100);
        assertEquals(15, summary.captured(), summary.toString());
        assertEquals(new OutboxCounts(0, 0, 15), outbox.counts());
        for (OutboxEntry entry : outbox.list(RecordStatus.CAPTURED, 0, 100)) {
            assertEquals("bagit", entry.receipts().get(0).target());
            Path bag = archiveRoot.resolve(entry.receipts().get(0).location());
            assertTrue(bag.endsWith(entry.recordId().toString()));
            if (IndependentBagCheck.checksumToolsPresent()) {
                IndependentBagCheck.assertValid(bag);
            }
        }
        assertTrue(worker("w1", archive).verifyAll(n -> { }).allIntact());
        assertTrue(worker("w1", archive).syncOnce(100).idle());
    }

    @Test
    void a_leased_record_is_not_claimed_again_until_its_lease_expires() throws Exception {
        captureCommitted(SampleEvents.accountActivated());
        List<Claim> first = outbox.claim("crashed-worker", 10, Duration.ofMinutes(5));
        assertEquals(1, first.size());
        assertEquals(List.of(), outbox.claim("other", 10, Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        List<Claim> again = outbox.claim("other", 10, Duration.ofMinutes(5));
        assertEquals(1, again.size());
        assertEquals(2, again.get(0).attempt());
        assertFalse(outbox.markCaptured(first.get(0), List.of()), "the crashed worker lost its lease");
    }

    @Test
    void a_failing_record_waits_with_backoff_then_is_parked_with_its_last_error_while_the_others_go_on()
            throws Exception {
        DomainEvent refused = SampleEvents.accountSuspended();
        captureCommitted(SampleEvents.accountActivated(), refused, SampleEvents.authorisationGranted());
        TestTargets.Counting target = new TestTargets.Counting();
        target.refuse(refused.eventId().toString());
        RecordSync worker = worker("w1", target);

        SyncSummary first = worker.syncOnce(10);
        assertEquals(2, first.captured());
        assertEquals(1, first.retrying());
        OutboxEntry waiting = outbox.find(refused.eventId().value()).orElseThrow();
        assertEquals(RecordStatus.PENDING, waiting.status());
        assertTrue(waiting.nextAttemptAt().isAfter(clock.instant()), "it waits before the next attempt");
        assertTrue(waiting.lastError().orElseThrow().contains("permission denied"), waiting.lastError().toString());
        assertTrue(worker.syncOnce(10).idle(), "not due yet");

        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, worker.syncOnce(10).retrying());
        clock.advance(Duration.ofMinutes(5));
        SyncSummary last = worker.syncOnce(10);
        assertEquals(1, last.parked());
        OutboxEntry parked = outbox.find(refused.eventId().value()).orElseThrow();
        assertEquals(RecordStatus.FAILED, parked.status());
        assertEquals("attempt 3 of 3 failed: memory: permission denied for record " + refused.eventId(),
                parked.lastError().orElseThrow());
        assertEquals(new OutboxCounts(0, 1, 2), outbox.counts());
        assertEquals(List.of(refused.eventId().value()),
                outbox.list(RecordStatus.FAILED, 0, 10).stream().map(OutboxEntry::recordId).toList());
    }

    @Test
    void a_records_officer_retries_a_parked_record_and_it_is_captured_once_the_target_accepts_it()
            throws Exception {
        DomainEvent event = SampleEvents.accountDecommissioned();
        captureCommitted(event);
        TestTargets.Counting target = new TestTargets.Counting();
        target.down(true);
        RecordSync worker = worker("w1", target);
        for (int i = 0; i < 3; i++) {
            worker.syncOnce(10);
            clock.advance(Duration.ofMinutes(10));
        }
        assertEquals(RecordStatus.FAILED, outbox.find(event.eventId().value()).orElseThrow().status());
        target.down(false);
        assertTrue(outbox.retry(event.eventId().value()));
        assertFalse(outbox.retry(event.eventId().value()), "only a parked record can be retried");
        assertEquals(1, worker.syncOnce(10).captured());
        OutboxEntry captured = outbox.find(event.eventId().value()).orElseThrow();
        assertEquals(RecordStatus.CAPTURED, captured.status());
        assertTrue(captured.lastError().isEmpty());
        assertEquals(1, target.sends().get(event.eventId().toString()).get());
    }

    @Test
    void while_the_target_is_unavailable_records_wait_and_then_arrive() throws Exception {
        for (int i = 0; i < 20; i++) {
            captureCommitted(SampleEvents.accountActivatedAt(SampleEvents.AT.plusSeconds(i)));
        }
        TestTargets.Counting target = new TestTargets.Counting();
        target.down(true);
        RecordSync worker = worker("w1", target);
        assertEquals(20, worker.syncOnce(50).retrying());
        assertEquals(new OutboxCounts(20, 0, 0), outbox.counts());
        target.down(false);
        clock.advance(Duration.ofSeconds(10));
        assertEquals(20, worker.syncUntilIdle(50, Duration.ofMinutes(1)).captured());
        assertEquals(new OutboxCounts(0, 0, 20), outbox.counts());
    }

    @Test
    void two_workers_syncing_at_once_never_send_a_record_twice() throws Exception {
        int records = 300;
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            OutboxRecordKeeping keeping = OutboxRecordKeeping.onConnection(connection, clock);
            for (int i = 0; i < records; i++) {
                keeping.capture(SampleEvents.accountActivatedAt(SampleEvents.AT.plusMillis(i)));
            }
            connection.commit();
        }
        TestTargets.Counting target = new TestTargets.Counting();
        AtomicInteger captured = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = List.of("instance-a", "instance-b").stream().map(id -> pool.<Object>submit(() -> {
                RecordSync worker = worker(id, target);
                while (true) {
                    SyncSummary round = worker.syncOnce(7);
                    if (round.idle()) {
                        return null;
                    }
                    captured.addAndGet(round.captured());
                }
            })).toList();
            for (Future<Object> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(records, captured.get());
        assertEquals(records, target.calls(), "one send per record");
        assertTrue(target.sends().values().stream().allMatch(count -> count.get() == 1));
        assertEquals(new OutboxCounts(0, 0, records), outbox.counts());
    }

    @Test
    void records_of_a_period_are_read_back_in_order_for_export() throws Exception {
        for (int i = 0; i < 450; i++) {
            captureCommitted(SampleEvents.accountActivatedAt(SampleEvents.AT.plusSeconds(i / 3)));
        }
        Instant from = SampleEvents.AT.plusSeconds(10);
        Instant to = SampleEvents.AT.plusSeconds(140);
        assertEquals(390, outbox.countBetween(from, to));
        List<UUID> seen = new java.util.ArrayList<>();
        outbox.forEachRequestBetween(from, to, request -> seen.add(request.recordId()));
        assertEquals(390, seen.size());
        assertEquals(390, new java.util.HashSet<>(seen).size());
    }
}
