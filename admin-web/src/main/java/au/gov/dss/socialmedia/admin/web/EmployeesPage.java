package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.application.EmployeeFile;
import au.gov.dss.socialmedia.admin.application.EmployeeFilter;
import au.gov.dss.socialmedia.admin.application.EmployeeRow;
import au.gov.dss.socialmedia.admin.application.EmployeeService;
import au.gov.dss.socialmedia.admin.application.ImportProgress;
import au.gov.dss.socialmedia.admin.application.ImportReport;
import au.gov.dss.socialmedia.admin.application.Option;
import au.gov.dss.socialmedia.admin.application.RowProblem;
import au.gov.dss.socialmedia.admin.web.support.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.support.Messages;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.file.UploadedFile;

/**
 * The employees page: the directory (lazy, filtered and sorted in the database) and the import from a CSV file,
 * with a progress bar while it runs and, when rows are rejected, a report of them line by line.
 */
@Named
@ViewScoped
public class EmployeesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EmployeeService employees;

    private final LazyDataModel<EmployeeRow> model = new EmployeeModel();
    private String text;
    private String businessArea;
    private String employmentType;
    private List<Option> areaOptions;

    private String fileName;
    private ImportProgress progress;

    /** The rows, loaded page by page from the database. */
    public LazyDataModel<EmployeeRow> getModel() {
        return model;
    }

    /** Starts importing the uploaded file; the progress bar follows it. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (progress != null && !progress.finished()) {
            Messages.error("employees.import.failed", Messages.text("employees.import.busy"));
            return;
        }
        String name = file.getFileName();
        if (file.getSize() > EmployeeFile.SIZE_LIMIT) {
            Messages.error("employees.import.failed", Messages.text("employees.import.result.TOO_LARGE",
                    arguments(name, null)));
            return;
        }
        byte[] content = file.getContent();
        if (CommandFeedback.attempt(() -> progress = employees.startImport(name, content))) {
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
    public EmploymentType[] getEmploymentTypes() {
        return EmploymentType.values();
    }

    private final class EmployeeModel extends LazyDataModel<EmployeeRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) employees.count(filter(Map.of()));
        }

        @Override
        public List<EmployeeRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return employees.rows(filter(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(EmployeeRow row) {
            return row.id();
        }

        private EmployeeFilter filter(Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return new EmployeeFilter(text, businessArea, employmentType, sort == null ? "name" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }
    }

    /** Text to filter by. @return the text */
    public String getText() {
        return text;
    }

    /** Sets the text to filter by. @param text the text */
    public void setText(String text) {
        this.text = text;
    }

    /** The business area to filter by. @return its code */
    public String getBusinessArea() {
        return businessArea;
    }

    /** Sets the business area to filter by. @param businessArea its code */
    public void setBusinessArea(String businessArea) {
        this.businessArea = businessArea;
    }

    /** The employment type to filter by. @return its name */
    public String getEmploymentType() {
        return employmentType;
    }

    /** Sets the employment type to filter by. @param employmentType its name */
    public void setEmploymentType(String employmentType) {
        this.employmentType = employmentType;
    }
}
