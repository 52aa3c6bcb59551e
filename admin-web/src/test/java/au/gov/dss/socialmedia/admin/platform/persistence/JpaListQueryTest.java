package au.gov.dss.socialmedia.admin.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The one filter every list is built on, against the real database (H2, or PostgreSQL in CI): counts that stop at
 * {@link ListCount#LIMIT}, searches that match what was typed (LIKE's wildcards included) and pages in a total order.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaListQueryTest {

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    private void areas(List<String> names) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO business_area (code, name) VALUES (?, ?)")) {
            int code = 0;
            for (String name : names) {
                insert.setString(1, "T" + code++);
                insert.setString(2, name);
                insert.addBatch();
                if (code % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private ListCount count(ListQuery query) {
        return db.inTransaction(query::count);
    }

    private List<String> names(ListQuery query, Sort sort, int first, int size) {
        return db.inTransaction(em -> query.page(em, "b.name", Map.of("name", "b.name", "code", "b.code"), sort,
                "name", "b.code", first, size)).stream().map(row -> (String) row[0]).toList();
    }

    @Test
    void a_list_with_more_rows_than_the_limit_says_more_than_the_limit_and_one_with_exactly_the_limit_says_it()
            throws SQLException {
        areas(java.util.stream.IntStream.range(0, ListCount.LIMIT).mapToObj(i -> "Bulk area " + i).toList());

        assertEquals(new ListCount(ListCount.LIMIT, true), count(ListQuery.from("business_area b")),
                "10,000 bulk areas and the two the schema brings");
        assertEquals(new ListCount(ListCount.LIMIT, false),
                count(ListQuery.from("business_area b").containing("bulk area", "b.name")));
        assertEquals(new ListCount(111, false),
                count(ListQuery.from("business_area b").containing("BULK AREA 99", "b.name")),
                "99, 990 to 999 and 9900 to 9999, whatever the case typed");
    }

    @Test
    void what_a_person_types_is_matched_as_typed_wildcards_included() throws SQLException {
        areas(List.of("50% off", "50 off", "5000 off", "a_b team", "axb team", "back\\slash", "backslash"));

        assertEquals(List.of("50% off"), names(ListQuery.from("business_area b").containing("50%", "b.name"),
                Sort.by("name"), 0, 10));
        assertEquals(List.of("a_b team"), names(ListQuery.from("business_area b").containing("A_B", "b.name"),
                Sort.by("name"), 0, 10));
        assertEquals(List.of("back\\slash"), names(ListQuery.from("business_area b").containing("k\\s", "b.name"),
                Sort.by("name"), 0, 10));
        assertEquals(List.of(), names(ListQuery.from("business_area b").containing("' OR 1=1 --", "b.name"),
                Sort.by("name"), 0, 10), "a quote is a character like any other");
    }

    @Test
    void a_blank_filter_keeps_every_row_and_an_unknown_sort_falls_back_to_the_default() throws SQLException {
        areas(List.of("Zeta", "Alpha", "Mu"));
        ListQuery all = ListQuery.from("business_area b").containing("  ", "b.name").equal("b.code", "")
                .whereIf(false, "b.code = ?", "never");

        assertEquals(new ListCount(5, false), count(all));
        assertEquals(List.of("Alpha", "Communication and Media Branch", "Mu"),
                names(all, Sort.of("password_hash; DROP TABLE employee", "desc", Sort.by("name")), 0, 3));
        assertEquals(List.of("Zeta", "Workplace Relations and Conduct Section, People Branch", "Mu", "Communication"
                + " and Media Branch", "Alpha"), names(all, Sort.of("name", "desc", Sort.by("name")), 0, 10));
    }

    @Test
    void pages_of_a_list_neither_miss_nor_repeat_a_row_when_many_rows_share_the_sorted_value() throws SQLException {
        areas(java.util.Collections.nCopies(25, "Same name"));
        ListQuery same = ListQuery.from("business_area b").equal("b.name", "Same name");
        List<String> codes = new java.util.ArrayList<>();
        for (int first = 0; first < 25; first += 4) {
            codes.addAll(db.inTransaction(em -> same.page(em, "b.code", Map.of("name", "b.name"), Sort.by("name"),
                    "name", "b.code", 0, 0)).stream().map(row -> (String) row[0]).toList());
            int from = first;
            codes.addAll(db.inTransaction(em -> same.page(em, "b.code", Map.of("name", "b.name"), Sort.by("name"),
                    "name", "b.code", from, 4)).stream().map(row -> (String) row[0]).toList());
        }
        assertEquals(25, codes.size());
        assertEquals(25, new java.util.HashSet<>(codes).size(), codes.toString());
    }
}
