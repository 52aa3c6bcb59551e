package au.gov.dss.socialmedia.domain.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A business area of the department, such as the Communication and Media Branch (CMB), which owns the policy and
 * administers every official account, or People Branch's Workplace Relations and Conduct Section, which deals with
 * suspected breaches of the Code of Conduct. Two business areas are the same when their codes are the same.
 *
 * @param code a short stable code: 2 to 32 capital letters, digits, '_' or '-', starting with a letter
 * @param name the name people read, 1 to 200 characters
 */
public record BusinessArea(String code, String name) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,31}");

    /** The Communication and Media Branch, which manages and authorises the use of all official accounts. */
    public static final BusinessArea CMB = new BusinessArea("CMB", "Communication and Media Branch");

    /** The Workplace Relations and Conduct Section of People Branch, to which suspected breaches are referred. */
    public static final BusinessArea WORKPLACE_RELATIONS_AND_CONDUCT =
            new BusinessArea("PB-WRC", "Workplace Relations and Conduct Section, People Branch");

    /** Refuses a malformed code or a blank name. */
    public BusinessArea {
        Objects.requireNonNull(code, "business area code must not be null");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("business area code must be 2 to 32 capital letters, digits, '_' or '-'"
                    + " starting with a letter, but was '" + code + "'");
        }
        name = Text.required("business area name", name, 200);
    }

    /** Whether this is the Communication and Media Branch. */
    public boolean isCmb() {
        return CMB.code.equals(code);
    }

    /** Whether this is the Workplace Relations and Conduct Section. */
    public boolean isConductSection() {
        return WORKPLACE_RELATIONS_AND_CONDUCT.code.equals(code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessArea area && area.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
