package au.gov.dss.socialmedia.admin.employee.application;

/**
 * Thrown when an imported file is rejected (invalid input: the audit trail records it so): nothing was imported,
 * and the report says why.
 */
public class ImportRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final ImportReport report;

    /** A rejection with its report. */
    public ImportRejectedException(ImportReport report) {
        super(describe(report));
        this.report = report;
    }

    /** Why the file was rejected. */
    public ImportReport report() {
        return report;
    }

    private static String describe(ImportReport report) {
        return report.result() == ImportReport.Result.REJECTED
                ? report.rejectedRows() + " of " + report.rows() + " lines rejected (" + report.problemCount()
                + " problems); nothing imported"
                : "file rejected: " + report.result() + "; nothing imported";
    }
}
