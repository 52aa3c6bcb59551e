package au.gov.dss.socialmedia.admin.record.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.record.application.RecordFilter;
import au.gov.dss.socialmedia.admin.record.application.RecordRow;
import au.gov.dss.socialmedia.admin.testing.ListingContract;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The records kept, as the records officer's list shows them, on the real database (the outbox's own table). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaRecordListingTest {

    private final TestDatabase db = TestDatabase.fresh();

    @BeforeEach
    void fiveRecords() throws SQLException {
        record("account-activated", "Official account activated: X @families", "CAPTURED", 1);
        record("account-suspended", "Official account suspended: X @families", "FAILED", 2);
        record("authorisation-revoked", "Authorisation revoked: Kim Walker", "PENDING", 3);
        record("initiative-approved", "Initiative approved: Housing forum", "CAPTURED", 4);
        record("account-activated", "Official account activated: Facebook 50% off", "PENDING", 5);
    }

    private void record(String type, String title, String status, int minute) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO record_outbox (event_id,"
                     + " record_type, event_type, occurred_at, requested_at, title, description, classification,"
                     + " related, event_json, rendition, json_sha256, status, attempts, next_attempt_at)"
                     + " VALUES (?, ?, 'Event', ?, ?, ?, '', 'OFFICIAL', '', '{}', '', ?, ?, 0, ?)")) {
            Timestamp at = Timestamp.from(Instant.parse("2026-12-07T00:00:00Z").plusSeconds(60L * minute));
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, type);
            insert.setTimestamp(3, at);
            insert.setTimestamp(4, at);
            insert.setString(5, title);
            insert.setString(6, "0".repeat(64));
            insert.setString(7, status);
            insert.setTimestamp(8, at);
            insert.executeUpdate();
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ListCount count(RecordFilter filter) {
        return db.inTransaction(em -> new JpaRecordListing(em).count(filter));
    }

    private List<RecordRow> rows(RecordFilter filter, int first, int size) {
        return db.inTransaction(em -> new JpaRecordListing(em).rows(filter, first, size));
    }

    private List<String> titles(RecordFilter filter) {
        return rows(filter, 0, 50).stream().map(RecordRow::title).toList();
    }

    @Test
    void records_are_found_by_words_of_their_title_their_state_and_their_type_newest_first() {
        assertEquals(List.of("Official account activated: Facebook 50% off", "Official account suspended: X @families",
                        "Official account activated: X @families"),
                titles(new RecordFilter("OFFICIAL ACCOUNT", null, null, null)));
        assertEquals(List.of("Official account suspended: X @families"), titles(new RecordFilter(null, "FAILED", null,
                null)));
        assertEquals(List.of("Official account activated: X @families"),
                titles(new RecordFilter(null, "CAPTURED", "account-activated", null)));
        assertEquals(List.of("Official account activated: Facebook 50% off"),
                titles(new RecordFilter("50%", null, null, null)));
        assertEquals(List.of("Authorisation revoked: Kim Walker", "Initiative approved: Housing forum"),
                titles(new RecordFilter(null, null, null, new Sort("title", true))).subList(0, 2));
    }

    @Test
    void for_every_filter_the_count_says_as_many_records_as_the_pages_show() {
        List<RecordFilter> filters = ListingContract.combinations(List.of(
                        Arrays.asList(null, "account", "kim", "nothing like it"),
                        Arrays.asList(null, "PENDING", "CAPTURED", "FAILED"),
                        Arrays.asList(null, "account-activated", "initiative-approved"))).stream()
                .map(parts -> new RecordFilter(parts.get(0), parts.get(1), parts.get(2), null)).toList();
        ListingContract.countAgreesWithRows(filters, this::count, this::rows, RecordRow::id);
    }
}
