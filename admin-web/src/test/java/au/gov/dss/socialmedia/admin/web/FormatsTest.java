package au.gov.dss.socialmedia.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What people read: Canberra's local time, dates, names and codes in words, never raw instants or codes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void an_instant_is_shown_in_canberra_local_time_without_seconds_as_people_write_it() {
        assertEquals("7 Dec 2026, 5:26 pm", fmt.when(Instant.parse("2026-12-07T06:26:44.441858Z")),
                "daylight saving time, UTC+11");
        assertEquals("7 July 2026, 4:26 pm", fmt.when(Instant.parse("2026-07-07T06:26:00Z")),
                "standard time, UTC+10, and the month as Australians abbreviate it");
        assertEquals("1 Jan 2027, 10:00 am", fmt.when(Instant.parse("2026-12-31T23:00:00Z")),
                "the day is Canberra's, not UTC's");
        assertEquals("", fmt.when(null));
    }

    @Test
    void a_date_is_shown_as_day_month_and_year() {
        assertEquals("7 Dec 2026", fmt.day(LocalDate.of(2026, 12, 7)));
        assertEquals("", fmt.day(null));
    }

    @Test
    void a_person_is_shown_by_name_with_the_employee_number_where_it_helps() {
        assertEquals("Alex Nguyen (C1001)", fmt.person("Alex Nguyen", "C1001"));
        assertEquals("Alex Nguyen", fmt.person("Alex Nguyen", null));
        assertEquals("C1001", fmt.person("", "C1001"), "someone no longer in the directory");
    }

    @Test
    void a_code_is_shown_in_its_words_from_the_bundle_and_an_unknown_one_still_in_words() {
        assertEquals("Changes requested", fmt.code("initiativeStatus", "CHANGES_REQUESTED"));
        assertEquals("Authorised contributor", fmt.code("role", "AUTHORISED_CONTRIBUTOR"));
        assertEquals("Account activated", fmt.code("action", "account.activate"));
        assertEquals("Something new", fmt.code("noSuchGroup", "SOMETHING_NEW"));
        assertEquals("", fmt.code("role", null));
    }

    @Test
    void a_count_beyond_the_limit_says_more_than_the_limit() {
        assertEquals("1,234", fmt.count(new ListCount(1234, false)));
        assertEquals("more than 10,000", fmt.count(new ListCount(ListCount.LIMIT, true)));
        assertEquals(17, fmt.left("abc", 20));
    }
}
