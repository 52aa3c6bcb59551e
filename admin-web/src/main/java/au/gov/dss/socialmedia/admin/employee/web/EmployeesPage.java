package au.gov.dss.socialmedia.admin.employee.web;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeFile;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeFilter;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeRow;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeImports;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeQueries;
import au.gov.dss.socialmedia.admin.employee.application.ImportProgress;
import au.gov.dss.socialmedia.admin.employee.application.ImportReport;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.employee.application.RowProblem;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.web.ListPage;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The employees page: the directory (filtered by text, area and employment type, from the address too; paged and
 * sorted in the database; each employee links to their page; exported as filtered) and, for CMB administrators, the
 * import from a CSV file, with a progress bar while it runs and, when rows are rejected, a report of them line by
 * line.
 */
@Named
@ViewScoped
public class EmployeesPage extends ListPage<EmployeeFilter, EmployeeRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    EmployeeQueries employees;

    @Inject
    EmployeeImports imports;

    private List<Option> areaOptions;

    private String fileName;
    private ImportProgress progress;

    @PostConstruct
    void init() {
        show(employees, Sort.by("name"), order -> new EmployeeFilter(part("q"), part("area"), part("type"), order));
    }

    /** The employees matching the filter, as a CSV file. */
    public StreamedContent export() {
        return csv("employees", employees::export, List.of(
                        "employees.name", "employees.number", "employees.workEmail", "employees.businessArea",
                        "employees.employmentType", "employees.onLeave"),
                row -> List.of(row.name(), row.id(), row.workEmail(), row.businessArea(),
                        fmt.code("employmentType", row.employmentType()),
                        row.onLeave() ? Messages.text("list.yes") : Messages.text("list.no")));
    }

    /** Starts importing the uploaded file; the progress bar follows it. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (progress != null && !progress.finished()) {
            Messages.error("import", "employees.import.failed", Messages.text("employees.import.busy"));
            return;
        }
        String name = file.getFileName();
        if (file.getSize() > EmployeeFile.SIZE_LIMIT) {
            Messages.error("import", "employees.import.failed", Messages.text("employees.import.result.TOO_LARGE",
                    arguments(name, null)));
            return;
        }
        byte[] content = file.getContent();
        if (CommandFeedback.attempt("import", () -> progress = imports.start(name, content))) {
            fileName = name;
            PrimeFaces.current().executeScript("PF('importBar').start();");
        }
    }

    /** Whether the finished import was rejected or failed (its status is then shown as an error). */
    public boolean isRejected() {
        ImportReport report = getReport();
        return report != null && !report.imported();
    }

    /** The arguments of every result message: file, rows, added, updated, unchanged, rejected, reference, limit. */
    private static Object[] arguments(String file, ImportReport report) {
        return report == null
                ? new Object[] {file, 0, 0, 0, 0, 0, "", EmployeeFile.SIZE_LIMIT / (1024 * 1024)}
                : new Object[] {file, report.rows(), report.counts().added(), report.counts().updated(),
                        report.counts().unchanged(), report.rejectedRows(), report.reference(),
                        EmployeeFile.SIZE_LIMIT / (1024 * 1024)};
    }

    /** The import's progress in percent (0 before any import). */
    public int getPercent() {
        return progress == null ? 0 : progress.percent();
    }

    /** Sets nothing: the progress bar writes its value back, the import decides it. @param percent ignored */
    public void setPercent(int percent) {
        // the progress comes from the import
    }

    /** Whether an import was started in this view. */
    public boolean isStarted() {
        return progress != null;
    }

    /**
     * What the import is doing now, in words, and at the end how it ended (shown in the page's status region rather
     * than as a message, so that the report of rejected rows stays next to it).
     */
    public String getStatus() {
        if (progress == null) {
            return "";
        }
        return switch (progress.phase()) {
            case WAITING -> Messages.text("employees.import.phase.WAITING", fileName);
            case READING -> Messages.text("employees.import.phase.READING", fileName, progress.percent());
            case CHECKING, SAVING -> Messages.text("employees.import.phase." + progress.phase(), fileName,
                    progress.done(), progress.total());
            case FINISHED -> Messages.text("employees.import.result." + progress.report().result(),
                    arguments(fileName, progress.report()));
        };
    }

    /** The finished import's report, or null. */
    public ImportReport getReport() {
        return progress == null ? null : progress.report();
    }

    /** The rejected lines of the finished import, or none. */
    public List<RowProblem> getProblems() {
        ImportReport report = getReport();
        return report == null ? List.of() : report.problems();
    }

    /** What is wrong, in words. */
    public String describe(RowProblem problem) {
        return Messages.text("employees.problem." + problem.reason(), problem.detail(), problem.value());
    }

    /** The columns of the file, for the description of the format. */
    public String getColumns() {
        return String.join(",", EmployeeFile.COLUMNS);
    }

    /** The size limit in megabytes. */
    public int getSizeLimitMegabytes() {
        return EmployeeFile.SIZE_LIMIT / (1024 * 1024);
    }

    /** The size limit in bytes, for the upload. */
    public long getSizeLimit() {
        return EmployeeFile.SIZE_LIMIT;
    }

    /** Business areas to filter by (read once per view). */
    public List<Option> getAreaOptions() {
        if (areaOptions == null) {
            areaOptions = employees.businessAreas();
        }
        return areaOptions;
    }

    /** The employment types to filter by. */
    public List<String> getEmploymentTypes() {
        return employees.employmentTypes();
    }

}
