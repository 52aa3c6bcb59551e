package au.gov.dss.socialmedia.admin.authorisation.web;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationLine;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorisations an employee holds or held, newest first, for the employee's page
 * ({@code #{heldAuthorisations.of(id)}}): the authorisations feature lists them, so that the employee feature does
 * not depend on it.
 */
@Named
@RequestScoped
public class HeldAuthorisations {

    @Inject
    AuthorisationQueries queries;

    private final Map<String, List<AuthorisationLine>> read = new HashMap<>();

    /** The employee's authorisations (read once per request). */
    public List<AuthorisationLine> of(String employeeNumber) {
        return read.computeIfAbsent(String.valueOf(employeeNumber), queries::ofHolder);
    }
}
