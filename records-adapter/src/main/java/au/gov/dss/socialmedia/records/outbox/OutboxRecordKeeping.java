package au.gov.dss.socialmedia.records.outbox;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import au.gov.dss.socialmedia.records.mapping.RecordMapper;
import au.gov.dss.socialmedia.records.mapping.RecordRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The domain's {@link RecordKeeping} port, implemented with the transactional outbox: {@link #capture} maps the
 * event to a record request and writes it into {@code record_outbox} through the caller's database connection,
 * so it commits or rolls back with the change that caused it. Events that are not records (drafts, edits) are
 * passed over, as {@link RecordMapper} decides. Idempotent per event id.
 * <p>
 * In admin-web: {@code OutboxRecordKeeping.onDataSource(appDataSource, clock)} where the data source is the
 * container's JTA data source: inside a transaction its connection is enlisted in that transaction, so the record
 * request commits with the change. Elsewhere: {@link #onConnection(Connection, Clock)} with the connection whose
 * transaction the caller commits.
 */
public final class OutboxRecordKeeping implements RecordKeeping {

    /** Gives the connection of the current transaction. */
    @FunctionalInterface
    public interface ConnectionSource {
        /** The connection to write through. */
        Connection connection() throws SQLException;

        /** Whether the connection is borrowed per call and must be closed after (a data source's). */
        default boolean closeAfterUse() {
            return false;
        }
    }

    private final ConnectionSource connections;
    private final RecordMapper mapper;
    private final Clock clock;

    /** Record keeping that writes through the given connections. */
    public OutboxRecordKeeping(ConnectionSource connections, RecordMapper mapper, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections must not be null");
        this.mapper = Objects.requireNonNull(mapper, "mapper must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Record keeping through a (JTA) data source: each capture borrows a connection and closes it after; inside a
     * container-managed transaction the connection is enlisted in it.
     */
    public static OutboxRecordKeeping onDataSource(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "data source must not be null");
        return new OutboxRecordKeeping(new ConnectionSource() {
            @Override
            public Connection connection() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public boolean closeAfterUse() {
                return true;
            }
        }, new RecordMapper(), clock);
    }

    /** Record keeping through one connection, in whatever transaction the caller runs on it. */
    public static OutboxRecordKeeping onConnection(Connection connection, Clock clock) {
        Objects.requireNonNull(connection, "connection must not be null");
        return new OutboxRecordKeeping(() -> connection, new RecordMapper(), clock);
    }

    /**
     * Writes the event's record request into the outbox, in the caller's transaction.
     *
     * @throws RecordKeepingException when the database refuses the write: the caller's transaction must then roll
     *                                back, so that no change commits without its record
     */
    @Override
    public void capture(DomainEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        Optional<RecordRequest> request = mapper.map(event);
        if (request.isEmpty()) {
            return;
        }
        try {
            Connection connection = connections.connection();
            try {
                RecordOutbox.enqueue(connection, request.get(), clock.instant());
            } finally {
                if (connections.closeAfterUse()) {
                    connection.close();
                }
            }
        } catch (SQLException e) {
            throw new RecordKeepingException("cannot write the record of " + event.getClass().getSimpleName() + " "
                    + event.eventId() + " to the records outbox: " + e.getMessage(), e);
        }
    }
}
