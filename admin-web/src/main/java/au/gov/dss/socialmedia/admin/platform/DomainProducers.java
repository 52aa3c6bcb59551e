package au.gov.dss.socialmedia.admin.platform;

import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRegister;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRepository;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Wires the framework-free domain into CDI: the domain's services are plain classes built here from the
 * persistence adapters that implement its ports ({@link au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck}
 * is answered by the register).
 */
@ApplicationScoped
public class DomainProducers {

    /**
     * The one answer to "does employee E hold authority for activity A on account X at instant T", injectable as
     * {@link AuthorityCheck} or as the register itself. Dependent: it holds nothing but the injected proxies.
     */
    @Produces
    AuthorisationRegister authorisationRegister(AuthorisationRepository authorisations, EmployeeDirectory employees) {
        return new AuthorisationRegister(authorisations, employees);
    }
}
