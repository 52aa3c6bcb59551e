package au.gov.dss.socialmedia.admin.employee.application;

import java.io.Serializable;

/**
 * Why a line of an imported file was rejected.
 *
 * @param line the line of the file (1 for the header)
 * @param column the column's name, or empty when it is about the whole line
 * @param reason what is wrong
 * @param detail what the reason's message needs: the domain's own explanation, a line number, an employee number
 * @param value the value as the file gives it (shortened when long), or empty
 */
public record RowProblem(long line, String column, Reason reason, String detail, String value)
        implements Serializable {

    /** The longest value a report repeats. */
    public static final int VALUE_LIMIT = 100;

    /** Shortens a long value. */
    public RowProblem {
        value = value == null ? "" : value.length() > VALUE_LIMIT ? value.substring(0, VALUE_LIMIT) + "..." : value;
        column = column == null ? "" : column;
        detail = detail == null ? "" : detail;
    }

    /** What can be wrong with a line (the page words each one from its resource bundle). */
    public enum Reason {
        /** A quoted field is never closed; detail: the line it opens on. */
        UNCLOSED_QUOTE,
        /** Text after the closing quote of a field; detail: the line. */
        TEXT_AFTER_CLOSING_QUOTE,
        /** A quote inside a field that does not start with one; detail: the line. */
        QUOTE_INSIDE_UNQUOTED_FIELD,
        /** Not as many fields as the header has columns; detail: how many it has. */
        WRONG_FIELD_COUNT,
        /** The header lacks a column. */
        MISSING_COLUMN,
        /** The header names a column the import does not know. */
        UNKNOWN_COLUMN,
        /** The header names a column twice. */
        REPEATED_COLUMN,
        /** The domain refuses the value; detail: its explanation. */
        INVALID_VALUE,
        /** Not one of the employment types. */
        UNKNOWN_EMPLOYMENT_TYPE,
        /** Not true, false, yes or no. */
        NOT_YES_OR_NO,
        /** The employee number is on an earlier line too; detail: that line. */
        DUPLICATE_NUMBER,
        /** The work email is on an earlier line too; detail: that line. */
        DUPLICATE_EMAIL,
        /** Another employee of the directory holds the work email; detail: their employee number. */
        EMAIL_TAKEN,
        /** The business area is stored under another name; detail: that name. */
        AREA_NAME_DIFFERS,
        /** An earlier line gives the business area another name; detail: that line. */
        AREA_NAME_INCONSISTENT
    }
}
