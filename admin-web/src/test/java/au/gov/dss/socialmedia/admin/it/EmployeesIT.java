package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Journeys on the employees page in headless Chromium: the directory and the CSV import, against the real app. */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmployeesIT {

    static final String HEADER =
            "employee_number,name,work_email,business_area_code,business_area_name,employment_type,on_leave\r\n";

    /** A tag that makes this run's employees unique. */
    static String uniqueTag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A file with a good row, then rows rejected on lines 3, 6 and 7 (a quoted name spans lines 4 and 5). */
    static String badFile(String tag) {
        return HEADER
                + "IT" + tag + "-1,Ada Tester,ada." + tag + "@dss.gov.au,FAM,Families Group,ONGOING,no\r\n"
                + "IT" + tag + "-2,Bad Email,bad." + tag + "@example.com,FAM,Families Group,ONGOING,no\r\n"
                + "IT" + tag + "-3,\"Two\r\nLines\",two." + tag + "@dss.gov.au,FAM,Families Group,SECONDEE,yes\r\n"
                + "IT" + tag + "-4,Part Timer,part." + tag + "@dss.gov.au,FAM,Families Group,PART_TIME,no\r\n"
                + "IT" + tag + "-1,Ada Again,ada.again." + tag + "@dss.gov.au,FAM,Families Group,ONGOING,no\r\n";
    }

    /** A good file: three new employees. */
    static String goodFile(String tag) {
        return "\uFEFF" + HEADER
                + "IT" + tag + "-1,Ada Tester,ada." + tag + "@dss.gov.au,FAM,Families Group,ONGOING,no\r\n"
                + "IT" + tag + "-2,\"Citizen, Bea\",bea." + tag + "@dss.gov.au,HOU,Housing and Homelessness Group,"
                + "CONTRACTOR,yes\r\n"
                + "IT" + tag + "-3,Cal Tester,cal." + tag + "@dss.gov.au,FAM,Families Group,SECONDEE,no\r\n";
    }

    /** Uploads the content as a CSV file through the page's file chooser. */
    static void upload(Chrome chrome, String content) throws IOException {
        Path file = Files.createTempFile("employees-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        chrome.driver().findElement(By.cssSelector("input[type=file][id^='import:upload']"))
                .sendKeys(file.toString());
    }

    /** The line numbers the report of rejected rows lists, in order. */
    static List<Long> reportedLines(Chrome chrome) {
        return chrome.driver().findElements(By.cssSelector("[id='import:report'] tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(0).getText().strip())
                .map(Long::valueOf).toList();
    }

    private static List<WebElement> directoryRows(Chrome chrome, String tag) {
        chrome.filter("filter:text", tag);
        return chrome.driver().findElements(By.xpath("//*[@id='list:table']//tr[td[contains(., '" + tag
                + "')]]"));
    }

    @Test
    void a_csv_with_bad_rows_is_rejected_line_by_line_and_imports_nothing_then_a_good_one_is_imported(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            chrome.open("/app/employees.xhtml");
            String tag = uniqueTag();

            upload(chrome, badFile(tag));
            chrome.awaitText("3 of 5 rows rejected, so nothing was imported");
            assertEquals(List.of(3L, 6L, 7L), reportedLines(chrome));
            String report = chrome.driver().findElement(By.id("import:report")).getText();
            assertTrue(report.contains("must be an address @dss.gov.au"), report);
            assertTrue(report.contains("Not an employment type; use one of ONGOING, NON_ONGOING, SECONDEE,"
                    + " CONTRACTOR"), report);
            assertTrue(report.contains("The same employee number is on line 2."), report);
            assertEquals(0, directoryRows(chrome, tag).size(), "nothing was imported");

            upload(chrome, goodFile(tag));
            chrome.awaitText("3 rows, 3 added, 0 updated, 0 unchanged");
            assertEquals(List.of(), reportedLines(chrome));
            List<WebElement> rows = directoryRows(chrome, tag);
            assertEquals(3, rows.size(), chrome.text());
            String bea = chrome.rowsContaining("bea." + tag).get(0).getText();
            assertTrue(bea.contains("Citizen, Bea") && bea.contains("Housing and Homelessness Group")
                    && bea.contains("Contractor") && bea.contains("Yes"), bea);
        }
    }

    @Test
    void the_directory_is_filtered_by_business_area_and_text_and_the_address_keeps_the_filter(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("priya");
            chrome.open("/app/employees.xhtml");
            chrome.awaitRows("Jordan Lee", 1);
            chrome.select("filter:area", "Communication and Media Branch");
            chrome.awaitRows("Jordan Lee", 0);
            chrome.awaitRows("Alex Nguyen", 1);
            chrome.filter("filter:text", "priya");
            chrome.awaitRows("Alex Nguyen", 0);
            chrome.awaitRows("Priya Sharma", 1);
            new WebDriverWait(chrome.driver(), Chrome.WAIT).until(d -> d.getCurrentUrl().contains("q=priya"));

            chrome.driver().navigate().refresh();
            chrome.awaitRows("Priya Sharma", 1);
            assertEquals("priya", chrome.driver().findElement(By.id("filter:text")).getAttribute("value"));
            assertTrue(chrome.rowsContaining("Alex Nguyen").isEmpty(), chrome.text());
        }
    }

    @Test
    void an_employee_has_a_page_with_the_authorisations_they_hold(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("priya");
            chrome.open("/app/employees.xhtml");
            chrome.filter("filter:text", "Jordan");
            chrome.follow("Jordan Lee");
            assertEquals("/app/employee.xhtml", chrome.path());
            chrome.awaitText("Authorisations");
            assertTrue(chrome.driver().findElement(By.id("authorisations")).getText().contains("Authorised contributor"),
                    chrome.text());
        }
    }

    @Test
    void a_contributor_is_offered_no_import_and_sees_the_directory(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("jordan");
            chrome.open("/app/employees.xhtml");
            chrome.awaitRows("Priya Sharma", 1);
            assertTrue(chrome.driver().findElements(By.cssSelector("input[type=file]")).isEmpty(), chrome.text());
            assertTrue(chrome.driver().findElements(By.id("import")).isEmpty());
            assertTrue(chrome.driver().findElements(By.id("grant")).isEmpty());
        }
    }
}
