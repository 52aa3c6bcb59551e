package au.gov.dss.socialmedia.admin.employee.web;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeDetail;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeQueries;
import au.gov.dss.socialmedia.admin.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * An employee's page ({@code /app/employee.xhtml?id=C1001}): the directory's entry, their user of the app, what a
 * CMB administrator may do for them (grant an authorisation, create their user), and the history of their entry. The
 * authorisations they hold are listed by the authorisations feature ({@code HeldAuthorisations}).
 */
@Named
@ViewScoped
public class EmployeePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EmployeeQueries queries;

    private String id;
    private EmployeeDetail detail;

    /** Reads the employee named by the address; answers 404 when the directory has none. */
    public void load() {
        detail = id == null ? null : queries.detail(id).orElse(null);
        if (detail == null) {
            Pages.notFound();
        }
    }

    /** The page. */
    public EmployeeDetail getDetail() {
        return detail;
    }

    /** The employee number, from the address. @return it */
    public String getId() {
        return id;
    }

    /** Sets the employee number. @param id it */
    public void setId(String id) {
        this.id = id;
    }
}
