package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.platform.ClockProducer;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every page writes what people read, in one place ({@code #{fmt...}}): instants in Canberra's local time as
 * people write it ({@code 7 Dec 2026, 5:26 pm}), dates ({@code 7 Dec 2026}), people by name (with their employee
 * number where it helps), codes by their words from the resource bundle ({@code code.<group>.<value>}), never raw.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", Messages.EN_AU)
            .withZone(ClockProducer.CANBERRA);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Messages.EN_AU);

    /** An instant in Canberra's local time, for example {@code 7 Dec 2026, 5:26 pm}; blank for none. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant).replace("AM", "am").replace("PM", "pm");
    }

    /** A date, for example {@code 7 Dec 2026}; blank for none. */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A person by name and employee number, for example {@code Alex Nguyen (C1001)}. */
    public String person(String name, String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return name == null ? "" : name;
        }
        return name == null || name.isBlank() ? employeeNumber : name + " (" + employeeNumber + ")";
    }

    /**
     * A code in words: the bundle's {@code code.<group>.<value>}, for example {@code code.accountState.ACTIVE} is
     * "Active"; a code the bundle does not know is written as words ("CHANGES_REQUESTED" as "Changes requested").
     */
    public String code(String group, Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        String text = Messages.textOrNull("code." + group + "." + value);
        if (text != null) {
            return text;
        }
        String plain = value.toString().replace('_', ' ').replace('.', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    /** A list's size as its page report says it: "1,234" or "more than 10,000". */
    public String count(ListCount count) {
        return count.more() ? Messages.text("list.moreThan", ListCount.LIMIT) : String.format(Messages.EN_AU, "%,d",
                count.rows());
    }

    /** How many characters are left of a limit, for a field's hint. */
    public int left(String text, int limit) {
        return limit - (text == null ? 0 : text.length());
    }
}
