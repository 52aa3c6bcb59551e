package au.gov.dss.socialmedia.records.outbox;

import au.gov.dss.socialmedia.records.mapping.OfficialRecord;
import au.gov.dss.socialmedia.records.mapping.RecordAssembler;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import au.gov.dss.socialmedia.records.target.Receipt;
import au.gov.dss.socialmedia.records.target.RecordTarget;
import au.gov.dss.socialmedia.records.target.TargetException;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A records worker. {@link #syncOnce(int)} claims due records (with a lease), assembles each, captures it into
 * every target outside any database transaction, then marks it captured with its receipts, or failed: retried
 * later with backoff and jitter, or parked after its last attempt. One failing record never stops the others.
 * Any number of workers, in any number of processes, may run at once on the same database: claims skip rows
 * another worker holds, and the targets are idempotent, so a record taken over after a crash is not duplicated.
 * Thread-safe if its targets are; one instance per worker is the simple way.
 */
public final class RecordSync {

    private final RecordOutbox outbox;
    private final RecordAssembler assembler;
    private final Map<String, RecordTarget> targets;
    private final RetryPolicy retryPolicy;
    private final Duration lease;
    private final String workerId;
    private final Clock clock;
    private final RandomGenerator random;

    /**
     * A worker.
     *
     * @param outbox the outbox to work from
     * @param assembler builds each record
     * @param targets where every record goes (all of them, in order)
     * @param retryPolicy when to try again, and when to give up
     * @param lease how long a claim keeps other workers off a record; longer than the slowest capture
     * @param workerId this worker's name in leases (unique per worker)
     * @param clock the time
     * @param random the jitter
     */
    public RecordSync(RecordOutbox outbox, RecordAssembler assembler, List<RecordTarget> targets,
                      RetryPolicy retryPolicy, Duration lease, String workerId, Clock clock, RandomGenerator random) {
        this.outbox = Objects.requireNonNull(outbox, "outbox must not be null");
        this.assembler = Objects.requireNonNull(assembler, "assembler must not be null");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a worker needs at least one target");
        }
        Map<String, RecordTarget> byName = new LinkedHashMap<>();
        for (RecordTarget target : targets) {
            if (byName.put(target.name(), target) != null) {
                throw new IllegalArgumentException("two targets are named " + target.name());
            }
        }
        this.targets = byName;
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retry policy must not be null");
        this.lease = Objects.requireNonNull(lease, "lease must not be null");
        this.workerId = Objects.requireNonNull(workerId, "worker id must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.random = Objects.requireNonNull(random, "random must not be null");
    }

    /** A name for this worker, unique across processes: host and process id, plus a random suffix. */
    public static String defaultWorkerId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This worker's name in leases. */
    public String workerId() {
        return workerId;
    }

    /**
     * One round: claims up to {@code maxRecords} due records and captures each.
     *
     * @throws SQLException when the outbox cannot be reached (nothing is lost: claimed records come back when
     *                      their lease expires)
     */
    public SyncSummary syncOnce(int maxRecords) throws SQLException {
        List<Claim> claims = outbox.claim(workerId, maxRecords, lease);
        int captured = 0;
        int retrying = 0;
        int parked = 0;
        int lost = 0;
        List<SyncSummary.RecordError> errors = new ArrayList<>();
        for (Claim claim : claims) {
            UUID id = claim.request().recordId();
            try {
                List<Receipt> receipts = captureEverywhere(claim);
                if (outbox.markCaptured(claim, receipts)) {
                    captured++;
                } else {
                    lost++;
                }
            } catch (TargetException | RuntimeException e) {
                String message = e instanceof TargetException ? e.getMessage()
                        : "cannot capture: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                errors.add(new SyncSummary.RecordError(id, message));
                Optional<Instant> retryAt = retryPolicy.delayAfter(claim.attempt(), random)
                        .map(delay -> clock.instant().plus(delay));
                String recorded = "attempt " + claim.attempt() + " of " + retryPolicy.maxAttempts() + " failed: "
                        + message;
                if (!outbox.markFailed(claim, recorded, retryAt)) {
                    lost++;
                } else if (retryAt.isPresent()) {
                    retrying++;
                } else {
                    parked++;
                }
            }
        }
        return new SyncSummary(claims.size(), captured, retrying, parked, lost, errors);
    }

    /**
     * Rounds of {@code batchSize} until nothing is due or {@code budget} has passed; the summed summary.
     */
    public SyncSummary syncUntilIdle(int batchSize, Duration budget) throws SQLException {
        Instant deadline = clock.instant().plus(budget);
        int claimed = 0;
        int captured = 0;
        int retrying = 0;
        int parked = 0;
        int lost = 0;
        List<SyncSummary.RecordError> errors = new ArrayList<>();
        while (clock.instant().isBefore(deadline)) {
            SyncSummary round = syncOnce(batchSize);
            if (round.idle()) {
                break;
            }
            claimed += round.claimed();
            captured += round.captured();
            retrying += round.retrying();
            parked += round.parked();
            lost += round.lostLeases();
            errors.addAll(round.errors());
        }
        return new SyncSummary(claimed, captured, retrying, parked, lost, errors);
    }

    private List<Receipt> captureEverywhere(Claim claim) throws TargetException {
        OfficialRecord record = assembler.assemble(claim.request());
        List<Receipt> receipts = new ArrayList<>();
        for (RecordTarget target : targets.values()) {
            try {
                receipts.add(target.capture(record));
            } catch (TargetException e) {
                throw new TargetException(target.name() + ": " + e.getMessage(), e);
            }
        }
        return receipts;
    }

    /**
     * Re-checks the fixity of every captured record in every configured target it was captured into, reporting
     * progress (records checked so far) to {@code progress}.
     */
    public VerifyReport verifyAll(Consumer<Long> progress) throws SQLException {
        long[] checked = {0};
        List<VerifyReport.Mismatch> mismatches = new ArrayList<>();
        outbox.forEachCaptured(entry -> {
            for (Receipt receipt : entry.receipts()) {
                RecordTarget target = targets.get(receipt.target());
                if (target == null) {
                    continue;
                }
                FixityCheck check = target.verify(receipt, entry.jsonSha256());
                if (!check.intact()) {
                    mismatches.add(new VerifyReport.Mismatch(entry.recordId(), check));
                }
            }
            checked[0]++;
            progress.accept(checked[0]);
        });
        return new VerifyReport(checked[0], mismatches);
    }

    /** Re-checks one captured record; empty when it is not captured. */
    public Optional<List<FixityCheck>> verify(UUID recordId) throws SQLException {
        Optional<OutboxEntry> entry = outbox.find(recordId).filter(e -> e.status() == RecordStatus.CAPTURED);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        List<FixityCheck> checks = new ArrayList<>();
        for (Receipt receipt : entry.get().receipts()) {
            RecordTarget target = targets.get(receipt.target());
            if (target != null) {
                checks.add(target.verify(receipt, entry.get().jsonSha256()));
            }
        }
        return Optional.of(checks);
    }
}
