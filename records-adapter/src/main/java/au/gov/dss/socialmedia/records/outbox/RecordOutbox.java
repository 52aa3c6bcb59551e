package au.gov.dss.socialmedia.records.outbox;

import au.gov.dss.socialmedia.records.mapping.ProtectiveMarking;
import au.gov.dss.socialmedia.records.mapping.RecordRequest;
import au.gov.dss.socialmedia.records.mapping.RecordType;
import au.gov.dss.socialmedia.records.mapping.RelatedEntity;
import au.gov.dss.socialmedia.records.target.Receipt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The {@code record_outbox} table: enqueue (in the caller's transaction), claim with a lease, mark captured or
 * failed, and the queries and actions of the records page. Portable SQL for H2 2.x and PostgreSQL.
 */
public final class RecordOutbox {

    private static final String COLUMNS = "event_id, record_type, event_type, title, occurred_at, requested_at,"
            + " status, attempts, next_attempt_at, last_error, receipts, captured_at, json_sha256";
    private static final String REQUEST_COLUMNS = "event_id, record_type, event_type, occurred_at, title,"
            + " description, agent_id, classification, marker, related, event_json, rendition";

    private final DataSource dataSource;
    private final Clock clock;

    /** The outbox in the given database; {@code clock} dates requests, attempts and leases. */
    public RecordOutbox(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "data source must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Writes a record request through the caller's connection, inside the caller's transaction (neither commits
     * nor closes). Idempotent per record id: a request already there is left as it is.
     *
     * @return whether a row was written (false when the record was already asked for)
     */
    public static boolean enqueue(Connection connection, RecordRequest request, Instant now) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM record_outbox WHERE event_id = ?")) {
            exists.setObject(1, request.recordId());
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO record_outbox (" + REQUEST_COLUMNS
                + ", requested_at, json_sha256, status, attempts, next_attempt_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)")) {
            insert.setObject(1, request.recordId());
            insert.setString(2, request.type().code());
            insert.setString(3, request.eventType());
            insert.setObject(4, utc(request.occurredAt()));
            insert.setString(5, request.title());
            insert.setString(6, request.description());
            insert.setString(7, request.agent().orElse(null));
            insert.setString(8, request.marking().classification());
            insert.setString(9, request.marking().marker().orElse(null));
            StringBuilder related = new StringBuilder();
            for (RelatedEntity entity : request.related()) {
                related.append(entity.encode()).append('\n');
            }
            insert.setString(10, related.toString());
            insert.setString(11, request.eventJson());
            insert.setString(12, request.rendition());
            insert.setObject(13, utc(now));
            insert.setString(14, request.eventJsonSha256());
            insert.setObject(15, utc(now));
            insert.executeUpdate();
        }
        return true;
    }

    /**
     * Claims up to {@code max} due records for a worker: pending, due, and not leased (or leased with the lease
     * expired, so a crashed worker's records come back). Rows locked by another worker's claim are skipped
     * ({@code FOR UPDATE SKIP LOCKED}), so two workers never claim the same record. Counts the attempt.
     */
    public List<Claim> claim(String owner, int max, Duration lease) throws SQLException {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(lease);
        List<UUID> ids = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement select = connection.prepareStatement("SELECT event_id FROM record_outbox"
                        + " WHERE status = 'PENDING' AND next_attempt_at <= ?"
                        + " AND (lease_until IS NULL OR lease_until < ?)"
                        + " ORDER BY next_attempt_at, occurred_at FETCH FIRST " + Math.max(1, max) + " ROWS ONLY"
                        + " FOR UPDATE SKIP LOCKED")) {
                    select.setObject(1, utc(now));
                    select.setObject(2, utc(now));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getObject(1, UUID.class));
                        }
                    }
                }
                if (!ids.isEmpty()) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE record_outbox"
                            + " SET lease_owner = ?, lease_until = ?, attempts = attempts + 1, last_attempt_at = ?"
                            + " WHERE event_id = ?")) {
                        for (UUID id : ids) {
                            update.setString(1, owner);
                            update.setObject(2, utc(leaseUntil));
                            update.setObject(3, utc(now));
                            update.setObject(4, id);
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                    for (UUID id : ids) {
                        try (PreparedStatement load = connection.prepareStatement("SELECT " + REQUEST_COLUMNS
                                + ", attempts FROM record_outbox WHERE event_id = ?")) {
                            load.setObject(1, id);
                            try (ResultSet rows = load.executeQuery()) {
                                if (rows.next()) {
                                    claims.add(new Claim(request(rows), rows.getInt("attempts"), owner, leaseUntil));
                                }
                            }
                        }
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return claims;
    }

    /**
     * Marks a claimed record captured, with its receipts, if the worker still holds its lease.
     *
     * @return whether it did (false: the lease was lost to another worker, which will finish the record)
     */
    public boolean markCaptured(Claim claim, List<Receipt> receipts) throws SQLException {
        Instant now = clock.instant();
        return update("UPDATE record_outbox SET status = 'CAPTURED', receipts = ?, captured_at = ?,"
                + " last_error = NULL, lease_owner = NULL, lease_until = NULL"
                + " WHERE event_id = ? AND lease_owner = ? AND status = 'PENDING'", statement -> {
                    statement.setString(1, Receipt.encode(receipts));
                    statement.setObject(2, utc(now));
                    statement.setObject(3, claim.request().recordId());
                    statement.setString(4, claim.owner());
                }) == 1;
    }

    /**
     * Records a failed attempt on a claimed record: pending again at {@code retryAt}, or parked as FAILED when
     * {@code retryAt} is empty (the last attempt).
     */
    public boolean markFailed(Claim claim, String error, Optional<Instant> retryAt) throws SQLException {
        String message = error.length() > 3900 ? error.substring(0, 3900) + "\u2026" : error;
        return update("UPDATE record_outbox SET status = ?, last_error = ?, next_attempt_at = ?,"
                + " lease_owner = NULL, lease_until = NULL"
                + " WHERE event_id = ? AND lease_owner = ? AND status = 'PENDING'", statement -> {
                    statement.setString(1, retryAt.isPresent() ? "PENDING" : "FAILED");
                    statement.setString(2, message);
                    statement.setObject(3, utc(retryAt.orElse(clock.instant())));
                    statement.setObject(4, claim.request().recordId());
                    statement.setString(5, claim.owner());
                }) == 1;
    }

    /** Gives a parked record another round of attempts, due now. Returns whether the record was FAILED. */
    public boolean retry(UUID recordId) throws SQLException {
        Instant now = clock.instant();
        return update("UPDATE record_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
                + " WHERE event_id = ? AND status = 'FAILED'", statement -> {
                    statement.setObject(1, utc(now));
                    statement.setObject(2, recordId);
                }) == 1;
    }

    /** How many records are in each state. */
    public OutboxCounts counts() throws SQLException {
        long pending = 0;
        long failed = 0;
        long captured = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT status, COUNT(*) FROM record_outbox GROUP BY status");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                switch (RecordStatus.valueOf(rows.getString(1))) {
                    case PENDING -> pending = rows.getLong(2);
                    case FAILED -> failed = rows.getLong(2);
                    case CAPTURED -> captured = rows.getLong(2);
                }
            }
        }
        return new OutboxCounts(pending, failed, captured);
    }

    /** A page of the records in a state, oldest first. */
    public List<OutboxEntry> list(RecordStatus status, int offset, int limit) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM record_outbox"
                     + " WHERE status = ? ORDER BY occurred_at, event_id OFFSET " + Math.max(0, offset)
                     + " ROWS FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
            query.setString(1, status.name());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
        }
        return entries;
    }

    /** One record of the outbox. */
    public Optional<OutboxEntry> find(UUID recordId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM record_outbox"
                     + " WHERE event_id = ?")) {
            query.setObject(1, recordId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        }
    }

    /** The request of a record, as it was asked for. */
    public Optional<RecordRequest> request(UUID recordId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + REQUEST_COLUMNS
                     + " FROM record_outbox WHERE event_id = ?")) {
            query.setObject(1, recordId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(request(rows)) : Optional.empty();
            }
        }
    }

    /** Passes every captured record to the consumer, page by page, in the order they occurred. */
    public void forEachCaptured(Consumer<OutboxEntry> consumer) throws SQLException {
        int offset = 0;
        while (true) {
            List<OutboxEntry> page = list(RecordStatus.CAPTURED, offset, 500);
            page.forEach(consumer);
            if (page.size() < 500) {
                return;
            }
            offset += page.size();
        }
    }

    /** How many records occurred in {@code [from, to)}, whatever their state. */
    public long countBetween(Instant from, Instant to) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM record_outbox WHERE occurred_at >= ? AND occurred_at < ?")) {
            query.setObject(1, utc(from));
            query.setObject(2, utc(to));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Passes the request of every record that occurred in {@code [from, to)} to the consumer, in order. */
    public void forEachRequestBetween(Instant from, Instant to, Consumer<RecordRequest> consumer)
            throws SQLException {
        Instant cursorTime = from;
        UUID cursorId = null;
        while (true) {
            List<RecordRequest> page = new ArrayList<>();
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement("SELECT " + REQUEST_COLUMNS
                         + " FROM record_outbox WHERE occurred_at < ? AND (occurred_at > ? OR (occurred_at = ?"
                         + (cursorId == null ? "" : " AND event_id > ?") + "))"
                         + " ORDER BY occurred_at, event_id FETCH FIRST 200 ROWS ONLY")) {
                query.setObject(1, utc(to));
                query.setObject(2, utc(cursorTime));
                query.setObject(3, utc(cursorTime));
                if (cursorId != null) {
                    query.setObject(4, cursorId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        page.add(request(rows));
                    }
                }
            }
            page.forEach(consumer);
            if (page.size() < 200) {
                return;
            }
            RecordRequest last = page.get(page.size() - 1);
            cursorTime = last.occurredAt();
            cursorId = last.recordId();
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int update(String sql, Binder binder) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        }
    }

    private static RecordRequest request(ResultSet rows) throws SQLException {
        List<RelatedEntity> related = new ArrayList<>();
        for (String line : rows.getString("related").split("\n")) {
            if (!line.isBlank()) {
                related.add(RelatedEntity.decode(line));
            }
        }
        return new RecordRequest(rows.getObject("event_id", UUID.class),
                RecordType.byCode(rows.getString("record_type")), rows.getString("event_type"),
                instant(rows, "occurred_at"), rows.getString("title"), rows.getString("description"),
                Optional.ofNullable(rows.getString("agent_id")),
                new ProtectiveMarking(rows.getString("classification"), Optional.ofNullable(rows.getString("marker"))),
                related, rows.getString("event_json"), rows.getString("rendition"));
    }

    private static OutboxEntry entry(ResultSet rows) throws SQLException {
        return new OutboxEntry(rows.getObject("event_id", UUID.class), rows.getString("record_type"),
                rows.getString("event_type"), rows.getString("title"), instant(rows, "occurred_at"),
                instant(rows, "requested_at"), RecordStatus.valueOf(rows.getString("status")),
                rows.getInt("attempts"), instant(rows, "next_attempt_at"),
                Optional.ofNullable(rows.getString("last_error")), Receipt.decode(rows.getString("receipts")),
                Optional.ofNullable(instant(rows, "captured_at")), rows.getString("json_sha256"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
