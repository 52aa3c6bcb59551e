package au.gov.dss.socialmedia.admin.persistence;

import au.gov.dss.socialmedia.admin.application.StoredVersions;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.OptionalLong;

/** The application's {@link StoredVersions} port: each answer comes from the repository that owns the rows. */
@ApplicationScoped
public class JpaStoredVersions implements StoredVersions {

    private EntityManager em;

    /** For CDI's proxies. */
    protected JpaStoredVersions() {
    }

    /** Versions read through the given entity manager. */
    @Inject
    public JpaStoredVersions(EntityManager em) {
        this.em = em;
    }

    @Override
    public OptionalLong ofAccount(AccountId id) {
        return new JpaAccountRepository(em).versionOf(id);
    }

    @Override
    public OptionalLong ofAuthorisation(AuthorisationId id) {
        return new JpaAuthorisationRepository(em).versionOf(id);
    }

    @Override
    public OptionalLong ofInitiative(InitiativeId id) {
        return new JpaInitiativeRepository(em).versionOf(id);
    }
}
