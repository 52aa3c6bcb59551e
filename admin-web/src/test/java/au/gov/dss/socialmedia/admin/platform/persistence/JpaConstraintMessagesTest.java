package au.gov.dss.socialmedia.admin.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint of the database a person can meet becomes a message on the form's field, on the real database
 * (H2, or PostgreSQL in CI): each is provoked here with the statement that breaks it, and the refusal the driver
 * gives is translated. Every constraint of the migrated schema is either such a message or listed as internal, so a
 * new constraint cannot arrive without a decision about what people are told.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaConstraintMessagesTest {

    private static final String NOW = "TIMESTAMP WITH TIME ZONE '2026-12-07 10:00:00+10:00'";
    private static final String LATER = "TIMESTAMP WITH TIME ZONE '2027-12-07 10:00:00+10:00'";

    private static String employee(String id, String email, String area) {
        return "INSERT INTO employee (id, name, work_email, business_area, employment_type, on_leave, version)"
                + " VALUES ('" + id + "', 'Someone', '" + email + "', '" + area + "', 'ONGOING', FALSE, 0)";
    }

    private static String account(String id, String handle, String area, String administrator) {
        return "INSERT INTO social_media_account (id, platform, other_platform_name, handle_or_url, purpose,"
                + " owning_area, owning_area_name, administrator, initiative, state, proposed_at, version)"
                + " VALUES ('" + id + "', 'X', '', '" + handle + "', 'Purpose', '" + area + "', 'Area', '"
                + administrator + "', 'I1', 'PROPOSED', " + NOW + ", 0)";
    }

    private static String user(String username, String employee) {
        return "INSERT INTO app_user (username, employee_id, password_hash, must_change_password, enabled, version)"
                + " VALUES ('" + username + "', '" + employee + "', 'hash', FALSE, TRUE, 0)";
    }

    private static String authorisation(String id, String holder, String from, String until) {
        return "INSERT INTO authorisation (id, holder, holder_name, holder_role, all_cmb_accounts, valid_from,"
                + " valid_until, granted_by, granted_at, status, status_changed_at, version) VALUES ('" + id + "', '"
                + holder + "', 'Someone', 'AUTHORISED_CONTRIBUTOR', TRUE, " + from + ", " + until + ", 'E1', " + NOW
                + ", 'ACTIVE', " + NOW + ", 0)";
    }

    private static String initiative(String id, String area, String start, String end) {
        return "INSERT INTO initiative (id, title, sponsoring_area, submitter, drafted_at, status, objectives,"
                + " audience, resourcing, measures_of_success, planned_start, planned_end, submission_count, version)"
                + " VALUES ('" + id + "', 'Title', '" + area + "', 'E1', " + NOW + ", 'DRAFT', '', '', '', '', "
                + start + ", " + end + ", 0, 0)";
    }

    private static String post(String id, String account) {
        return "INSERT INTO official_post (id, account_id, author, drafted_at, post_text, status, version)"
                + " VALUES ('" + id + "', '" + account + "', 'E1', " + NOW + ", 'Text', 'DRAFT', 0)";
    }

    /** For each constraint a person can meet, a statement that breaks it (the fixture being in place). */
    static Stream<Arguments> breaches() {
        Map<String, String> breaking = new TreeMap<>(Map.ofEntries(
                Map.entry("unique:social_media_account(handle_or_url,platform)", account("A2", "@one", "CMB", "E1")),
                Map.entry("unique:employee(work_email)", employee("E9", "e1@dss.gov.au", "CMB")),
                Map.entry("unique:employee(id)", employee("E1", "e9@dss.gov.au", "CMB")),
                Map.entry("unique:app_user(username)", user("ann", "E2")),
                Map.entry("unique:app_user(employee_id)", user("bob", "E1")),
                Map.entry("check:app_user_username_lower", user("Bob", "E2")),
                Map.entry("check:authorisation_period", authorisation("Z2", "E1", LATER, NOW)),
                Map.entry("check:initiative_planned_period",
                        initiative("I2", "CMB", "DATE '2027-02-01'", "DATE '2027-01-01'")),
                Map.entry("references:social_media_account(administrator)", account("A3", "@three", "CMB", "NOPE")),
                Map.entry("references:social_media_account(owning_area)", account("A4", "@four", "NOPE", "E1")),
                Map.entry("references:employee(business_area)", employee("E8", "e8@dss.gov.au", "NOPE")),
                Map.entry("references:authorisation(holder)", authorisation("Z3", "NOPE", NOW, LATER)),
                Map.entry("references:authorisation_account(account_id)",
                        "INSERT INTO authorisation_account (authorisation_id, account_id) VALUES ('Z1', 'NOPE')"),
                Map.entry("references:initiative(sponsoring_area)", initiative("I3", "NOPE", "NULL", "NULL")),
                Map.entry("references:app_user(employee_id)", user("carl", "NOPE")),
                Map.entry("references:official_post(account_id)", post("P2", "NOPE")),
                Map.entry("references:public_comment(account_id)", "INSERT INTO public_comment (id, account_id,"
                        + " platform_reference, author_name, comment_text, received_at, status, version) VALUES"
                        + " ('C1', 'NOPE', 'ref', 'Member of the public', 'Text', " + NOW + ", 'RECEIVED', 0)"),
                Map.entry("references:post_speaks_for(area_code)",
                        "INSERT INTO post_speaks_for (post_id, area_code) VALUES ('P1', 'NOPE')"),
                Map.entry("references:post_consent(area_code)", "INSERT INTO post_consent (id, post_id, list_index,"
                        + " area_code, given_by, given_on, advice) VALUES ('K1', 'P1', 0, 'NOPE', 'E1',"
                        + " DATE '2026-12-01', 'Advice')"),
                Map.entry("references:post_consent_refusal(area_code)", "INSERT INTO post_consent_refusal (id, post_id,"
                        + " list_index, area_code, refused_by, refused_at, note) VALUES ('K2', 'P1', 0, 'NOPE', 'E1',"
                        + " TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+10:00', 'No')")));
        assertEquals(ConstraintMessages.MESSAGES.keySet(), breaking.keySet(),
                "a statement that breaks each constraint a person can meet, and no other");
        return breaking.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    private final TestDatabase db = TestDatabase.fresh();

    @BeforeAll
    void fixture() throws SQLException {
        execute(employee("E1", "e1@dss.gov.au", "CMB"), employee("E2", "e2@dss.gov.au", "CMB"),
                account("A1", "@one", "CMB", "E1"), user("ann", "E1"), authorisation("Z1", "E1", NOW, LATER),
                initiative("I1", "CMB", "NULL", "NULL"), post("P1", "A1"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @ParameterizedTest(name = "{0} is refused with a message on the form")
    @MethodSource("breaches")
    void a_change_the_database_refuses_is_told_on_the_field_in_words(String constraint, String statement) {
        SQLException refused = assertThrows(SQLException.class, () -> execute(statement), statement);

        assertEquals(constraint, ConstraintMessages.constraint(new RuntimeException("wrapped", refused)).orElse(null),
                refused.getMessage());
        InvalidInputException told = ConstraintMessages.translate(refused).orElseThrow();
        ConstraintMessages.Message expected = ConstraintMessages.MESSAGES.get(constraint);
        assertEquals(expected.field(), told.field());
        assertEquals(expected.messageKey(), told.messageKey());
        assertNotNull(ResourceBundle.getBundle("au.gov.dss.socialmedia.admin.web.messages", Locale.ENGLISH)
                .getString(expected.messageKey()), "the bundle has the message's words");
    }

    @Test
    void every_constraint_of_the_schema_is_a_message_or_internal_and_neither_list_names_one_that_is_gone()
            throws SQLException {
        Set<String> schema = schemaConstraints();
        Set<String> classified = new TreeSet<>(ConstraintMessages.MESSAGES.keySet());
        classified.addAll(ConstraintMessages.INTERNAL);

        Set<String> unclassified = new TreeSet<>(schema);
        unclassified.removeAll(classified);
        assertEquals(Set.of(), unclassified, "constraints with neither a message nor a place in INTERNAL");
        Set<String> gone = new TreeSet<>(classified);
        gone.removeAll(schema);
        assertEquals(Set.of(), gone, "constraints listed that the schema no longer has");
    }

    @Test
    void a_refusal_that_is_not_a_constraint_a_person_can_meet_is_not_turned_into_a_message() throws SQLException {
        SQLException internal = assertThrows(SQLException.class, () -> execute(
                "INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, 'x')"));
        assertTrue(ConstraintMessages.constraint(internal).isPresent(), internal.getMessage());
        assertTrue(ConstraintMessages.translate(internal).isEmpty());
        assertTrue(ConstraintMessages.translate(new IllegalStateException("no SQL here")).isEmpty());
    }

    /** The schema's constraints, as keys: unique and primary keys and references by columns, checks by name. */
    private Set<String> schemaConstraints() throws SQLException {
        Map<String, String[]> constraints = new HashMap<>();
        Map<String, Set<String>> columns = new HashMap<>();
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT constraint_name, table_name, constraint_type"
                    + " FROM information_schema.table_constraints WHERE table_schema = CURRENT_SCHEMA")) {
                while (rows.next()) {
                    constraints.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT constraint_name, column_name"
                    + " FROM information_schema.key_column_usage WHERE table_schema = CURRENT_SCHEMA")) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), name -> new TreeSet<>()).add(rows.getString(2));
                }
            }
        }
        Set<String> keys = new TreeSet<>();
        constraints.forEach((name, tableAndType) -> {
            String table = tableAndType[0];
            switch (tableAndType[1]) {
                case "PRIMARY KEY", "UNIQUE" -> keys.add(ConstraintMessages.key("unique", table,
                        String.join(",", columns.get(name))));
                case "FOREIGN KEY" -> keys.add(ConstraintMessages.key("references", table,
                        String.join(",", columns.get(name))));
                case "CHECK" -> {
                    if (!name.toLowerCase(Locale.ROOT).endsWith("_not_null")) {
                        keys.add("check:" + name.toLowerCase(Locale.ROOT));
                    }
                }
                default -> throw new AssertionError("a constraint of an unknown kind: " + name + " " + tableAndType[1]);
            }
        });
        return keys;
    }
}
