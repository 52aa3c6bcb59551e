package au.gov.dss.socialmedia.admin.employee.application;

import java.io.Serializable;
import java.util.List;

/**
 * How an import of the employee directory ended.
 *
 * @param result imported, or why nothing was
 * @param rows how many employee rows the file has (0 when it could not be read)
 * @param counts what the import did (all zero unless imported)
 * @param rejectedRows how many lines were rejected
 * @param problems the problems found, line by line (the first {@link #PROBLEM_LIMIT} of them)
 * @param problemCount how many problems were found in all
 * @param reference for a failure: the reference under which the log has the details; otherwise empty
 */
public record ImportReport(Result result, int rows, ImportCounts counts, int rejectedRows, List<RowProblem> problems,
                           int problemCount, String reference) implements Serializable {

    /** The most problems a report lists. */
    public static final int PROBLEM_LIMIT = 1000;

    /** Keeps at most {@link #PROBLEM_LIMIT} problems. */
    public ImportReport {
        problems = List.copyOf(problems.size() > PROBLEM_LIMIT ? problems.subList(0, PROBLEM_LIMIT) : problems);
    }

    /** How an import ended. */
    public enum Result {
        /** Every row was valid and the directory now holds them. */
        IMPORTED,
        /** Some lines were rejected; nothing was imported. */
        REJECTED,
        /** The file is empty; nothing was imported. */
        EMPTY,
        /** The file has a header but no employee; nothing was imported. */
        NO_ROWS,
        /** The file is not a CSV file (not named .csv, or not UTF-8 text); nothing was imported. */
        NOT_CSV,
        /** The file is larger than {@link EmployeeFile#SIZE_LIMIT}; nothing was imported. */
        TOO_LARGE,
        /** Something went wrong on the server; nothing was imported. */
        FAILED
    }

    static ImportReport imported(int rows, ImportCounts counts) {
        return new ImportReport(Result.IMPORTED, rows, counts, 0, List.of(), 0, "");
    }

    static ImportReport rejected(int rows, int rejectedRows, List<RowProblem> problems) {
        return new ImportReport(Result.REJECTED, rows, new ImportCounts(0, 0, 0), rejectedRows, problems,
                problems.size(), "");
    }

    static ImportReport refused(Result result) {
        return new ImportReport(result, 0, new ImportCounts(0, 0, 0), 0, List.of(), 0, "");
    }

    static ImportReport failed(String reference) {
        return new ImportReport(Result.FAILED, 0, new ImportCounts(0, 0, 0), 0, List.of(), 0, reference);
    }

    /** Whether the directory now holds the file's employees. */
    public boolean imported() {
        return result == Result.IMPORTED;
    }

    /** Whether the report lists fewer problems than were found. */
    public boolean truncated() {
        return problemCount > problems.size();
    }
}
