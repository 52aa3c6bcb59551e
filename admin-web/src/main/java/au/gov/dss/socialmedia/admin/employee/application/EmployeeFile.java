package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.csv.CsvRecord;
import au.gov.dss.socialmedia.admin.platform.csv.CsvReader;

import au.gov.dss.socialmedia.admin.employee.application.RowProblem.Reason;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The CSV file of the employee directory, and the checks every row passes before anything is imported: each value
 * through the domain's own types ({@link EmployeeId}, {@link WorkEmail}, {@link BusinessArea},
 * {@link EmploymentType}, {@link Employee}), then the rules of the whole file (no employee number or work email
 * twice, no work email held by another employee, one name per business area). Pure: the stored business areas and
 * email holders come in through {@link EmployeeImportStore}.
 *
 * <p>The format: UTF-8 (a byte order mark is tolerated), RFC 4180 quoting, a header row naming the columns
 * {@link #COLUMNS} in any order, employment types as {@link EmploymentType} names, on_leave true, false, yes or no.
 */
public final class EmployeeFile {

    /** The largest file accepted: 20 MB. */
    public static final int SIZE_LIMIT = 20 * 1024 * 1024;

    /** The columns the header must name, each once, in any order. */
    public static final List<String> COLUMNS = List.of("employee_number", "name", "work_email",
            "business_area_code", "business_area_name", "employment_type", "on_leave");

    private static final int NUMBER = 0;
    private static final int NAME = 1;
    private static final int EMAIL = 2;
    private static final int AREA_CODE = 3;
    private static final int AREA_NAME = 4;
    private static final int TYPE = 5;
    private static final int ON_LEAVE = 6;

    /** Placeholders that let one value at a time be checked by the domain's constructors. */
    private static final EmployeeId SOME_ID = EmployeeId.of("X");
    private static final WorkEmail SOME_EMAIL = WorkEmail.of("x@" + WorkEmail.DOMAIN);
    private static final BusinessArea SOME_AREA = BusinessArea.CMB;

    private EmployeeFile() {
    }

    /**
     * The checked file.
     *
     * @param rows how many employee rows it has
     * @param employees the employees, in file order (only meaningful when there is no problem)
     * @param problems every problem found, by line
     * @param rejectedRows how many lines have a problem
     */
    public record Checked(int rows, List<Employee> employees, List<RowProblem> problems, int rejectedRows) {
    }

    /** The file's text, or a rejection when it is too large, not UTF-8 text or not named .csv. */
    public static String decode(String fileName, byte[] content) {
        if (content.length > SIZE_LIMIT) {
            throw new ImportRejectedException(ImportReport.refused(ImportReport.Result.TOO_LARGE));
        }
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new ImportRejectedException(ImportReport.refused(ImportReport.Result.NOT_CSV));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notText) {
            throw new ImportRejectedException(ImportReport.refused(ImportReport.Result.NOT_CSV));
        }
        if (text.indexOf('\0') >= 0) {
            throw new ImportRejectedException(ImportReport.refused(ImportReport.Result.NOT_CSV));
        }
        if (text.replace("\uFEFF", "").isBlank()) {
            throw new ImportRejectedException(ImportReport.refused(ImportReport.Result.EMPTY));
        }
        return text;
    }

    /** Reads and checks every row of the text, reporting progress as it goes. */
    public static Checked check(String text, EmployeeImportStore store, ImportProgress progress) {
        CsvReader reader = new CsvReader(text);
        List<CsvRecord> records = new ArrayList<>();
        progress.advance(ImportProgress.Phase.READING, 0, reader.length());
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
            if (records.size() % 1000 == 0) {
                progress.advance(ImportProgress.Phase.READING, reader.position(), reader.length());
            }
        }
        if (records.isEmpty()) {
            throw new ImportRejectedException(ImportReport.refused(ImportReport.Result.EMPTY));
        }
        List<RowProblem> problems = new ArrayList<>();
        int[] columns = header(records.get(0), problems);
        int rows = records.size() - 1;
        if (!problems.isEmpty()) {
            return new Checked(rows, List.of(), problems, 1);
        }
        if (rows == 0) {
            throw new ImportRejectedException(ImportReport.refused(ImportReport.Result.NO_ROWS));
        }
        return new Rows(columns, store.businessAreaNames(), progress).check(records.subList(1, records.size()),
                store::holdersOf);
    }

    /** The position of each of {@link #COLUMNS} in the header, or problems naming the columns that are wrong. */
    private static int[] header(CsvRecord header, List<RowProblem> problems) {
        if (header.malformed()) {
            problems.add(quoting(header));
            return null;
        }
        int[] positions = new int[COLUMNS.size()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < header.fields().size(); i++) {
            String raw = header.fields().get(i);
            String name = raw.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            int known = COLUMNS.indexOf(name);
            if (known < 0) {
                problems.add(new RowProblem(header.line(), raw.strip(), Reason.UNKNOWN_COLUMN, "", raw));
            } else if (positions[known] >= 0) {
                problems.add(new RowProblem(header.line(), name, Reason.REPEATED_COLUMN, "", raw));
            } else {
                positions[known] = i;
            }
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (positions[c] < 0) {
                problems.add(new RowProblem(header.line(), COLUMNS.get(c), Reason.MISSING_COLUMN, "", ""));
            }
        }
        return positions;
    }

    private static RowProblem quoting(CsvRecord record) {
        return new RowProblem(record.line(), "", Reason.valueOf(record.error().name()),
                String.valueOf(record.errorLine()), "");
    }

    /** The checks of the rows after the header. */
    private static final class Rows {

        private final int[] columns;
        private final int width;
        private final Map<String, String> storedAreas;
        private final ImportProgress progress;
        private final List<RowProblem> problems = new ArrayList<>();
        private final Map<String, Long> numberLines = new HashMap<>();
        private final Map<String, Long> emailLines = new HashMap<>();
        private final Map<String, Long> areaLines = new HashMap<>();
        private final Map<String, String> areaNames = new HashMap<>();
        private final Map<Long, Employee> valid = new LinkedHashMap<>();
        private final Set<Long> rejected = new HashSet<>();

        Rows(int[] columns, Map<String, String> storedAreas, ImportProgress progress) {
            this.columns = columns;
            this.width = Arrays.stream(columns).max().orElse(0) + 1;
            this.storedAreas = storedAreas;
            this.progress = progress;
        }

        Checked check(List<CsvRecord> records, Function<List<String>, Map<String, String>> holdersOf) {
            progress.advance(ImportProgress.Phase.CHECKING, 0, records.size());
            int done = 0;
            for (CsvRecord record : records) {
                check(record);
                if (++done % 1000 == 0) {
                    progress.advance(ImportProgress.Phase.CHECKING, done, records.size());
                }
            }
            Map<String, String> holders = holdersOf.apply(valid.values().stream()
                    .map(e -> e.workEmail().value()).toList());
            for (Map.Entry<Long, Employee> row : valid.entrySet()) {
                Employee employee = row.getValue();
                String holder = holders.get(employee.workEmail().value());
                if (holder != null && !holder.equals(employee.id().value())) {
                    reject(new RowProblem(row.getKey(), COLUMNS.get(EMAIL), Reason.EMAIL_TAKEN, holder,
                            employee.workEmail().value()));
                }
            }
            progress.advance(ImportProgress.Phase.CHECKING, records.size(), records.size());
            problems.sort((a, b) -> Long.compare(a.line(), b.line()));
            List<Employee> employees = rejected.isEmpty() ? List.copyOf(valid.values()) : List.of();
            return new Checked(records.size(), employees, problems, rejected.size());
        }

        private void reject(RowProblem problem) {
            problems.add(problem);
            rejected.add(problem.line());
        }

        private void check(CsvRecord record) {
            long line = record.line();
            if (record.malformed()) {
                reject(quoting(record));
                return;
            }
            if (record.fields().size() != width) {
                reject(new RowProblem(line, "", Reason.WRONG_FIELD_COUNT,
                        record.fields().size() + "/" + width, ""));
                return;
            }
            int before = problems.size();
            String number = field(record, NUMBER);
            String name = field(record, NAME);
            String email = field(record, EMAIL);
            String areaCode = field(record, AREA_CODE);
            String areaName = field(record, AREA_NAME);
            String type = field(record, TYPE);
            String onLeave = field(record, ON_LEAVE);

            EmployeeId id = value(line, NUMBER, number, () -> EmployeeId.of(number.strip()));
            value(line, NAME, name, () -> new Employee(SOME_ID, name, SOME_EMAIL, SOME_AREA,
                    EmploymentType.ONGOING, false));
            WorkEmail workEmail = value(line, EMAIL, email, () -> WorkEmail.of(email));
            BusinessArea codeOnly = value(line, AREA_CODE, areaCode, () -> new BusinessArea(areaCode.strip(),
                    SOME_AREA.name()));
            value(line, AREA_NAME, areaName, () -> new BusinessArea(SOME_AREA.code(), areaName));
            EmploymentType employmentType = employmentType(line, type);
            Boolean leave = yesOrNo(line, onLeave);

            if (id != null) {
                Long first = numberLines.putIfAbsent(id.value(), line);
                if (first != null) {
                    reject(new RowProblem(line, COLUMNS.get(NUMBER), Reason.DUPLICATE_NUMBER, first.toString(),
                            number));
                }
            }
            if (workEmail != null) {
                Long first = emailLines.putIfAbsent(workEmail.value(), line);
                if (first != null) {
                    reject(new RowProblem(line, COLUMNS.get(EMAIL), Reason.DUPLICATE_EMAIL, first.toString(),
                            email));
                }
            }
            if (codeOnly != null && !areaName.isBlank()) {
                area(line, codeOnly.code(), areaName);
            }
            if (problems.size() == before) {
                try {
                    valid.put(line, new Employee(id, name, workEmail, new BusinessArea(codeOnly.code(), areaName),
                            employmentType, leave));
                } catch (IllegalArgumentException | NullPointerException refused) {
                    reject(new RowProblem(line, "", Reason.INVALID_VALUE, refused.getMessage(), ""));
                }
            }
        }

        /** One name per business area: the stored one, or else the first line's. */
        private void area(long line, String code, String name) {
            String stripped = name.strip();
            String stored = storedAreas.get(code);
            if (stored != null) {
                if (!stored.equals(stripped)) {
                    reject(new RowProblem(line, COLUMNS.get(AREA_NAME), Reason.AREA_NAME_DIFFERS, stored, name));
                }
                return;
            }
            String earlier = areaNames.putIfAbsent(code, stripped);
            if (earlier != null && !earlier.equals(stripped)) {
                reject(new RowProblem(line, COLUMNS.get(AREA_NAME), Reason.AREA_NAME_INCONSISTENT,
                        areaLines.get(code).toString(), name));
            } else {
                areaLines.putIfAbsent(code, line);
            }
        }

        private EmploymentType employmentType(long line, String value) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            return Arrays.stream(EmploymentType.values()).filter(t -> t.name().equals(name)).findFirst()
                    .orElseGet(() -> {
                        reject(new RowProblem(line, COLUMNS.get(TYPE), Reason.UNKNOWN_EMPLOYMENT_TYPE,
                                Arrays.stream(EmploymentType.values()).map(Enum::name)
                                        .collect(Collectors.joining(", ")), value));
                        return null;
                    });
        }

        private Boolean yesOrNo(long line, String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> Boolean.TRUE;
                case "false", "no" -> Boolean.FALSE;
                default -> {
                    reject(new RowProblem(line, COLUMNS.get(ON_LEAVE), Reason.NOT_YES_OR_NO, "", value));
                    yield null;
                }
            };
        }

        /** The domain's value, or null with a problem quoting the domain's explanation. */
        private <T> T value(long line, int column, String raw, Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException | NullPointerException refused) {
                reject(new RowProblem(line, COLUMNS.get(column), Reason.INVALID_VALUE, refused.getMessage(), raw));
                return null;
            }
        }

        private String field(CsvRecord record, int column) {
            return record.fields().get(columns[column]);
        }
    }
}
