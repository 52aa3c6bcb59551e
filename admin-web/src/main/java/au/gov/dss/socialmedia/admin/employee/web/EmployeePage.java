package au.gov.dss.socialmedia.admin.employee.web;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeDetail;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeQueries;
import au.gov.dss.socialmedia.admin.web.DetailPage;
import au.gov.dss.socialmedia.admin.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * An employee's page ({@code /app/employee.xhtml?id=C1001}): the directory's entry, their user of the app, what a
 * CMB administrator may do for them (grant an authorisation, create their user), and the history of their entry. The
 * authorisations they hold are listed by the authorisations feature ({@code HeldAuthorisations}).
 */
@Named
@ViewScoped
public class EmployeePage extends DetailPage<EmployeeDetail> {

    private static final long serialVersionUID = 1L;

    @Inject
    EmployeeQueries queries;

    /** The page, at its address. */
    public EmployeePage() {
        super("/app/employee");
    }

    @Override
    protected Optional<EmployeeDetail> find(String id) {
        return queries.detail(id);
    }

}
