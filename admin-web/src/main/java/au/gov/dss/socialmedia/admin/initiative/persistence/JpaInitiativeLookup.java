package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.initiative.application.InitiativeLookup;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@link InitiativeLookup} port, straight from the initiatives' table. */
@Dependent
public class JpaInitiativeLookup implements InitiativeLookup {

    private final EntityManager em;

    /** A lookup over the given entity manager. */
    @Inject
    public JpaInitiativeLookup(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Option> approved() {
        List<String> statuses = Arrays.stream(InitiativeStatus.values())
                .filter(InitiativeStatus::permitsAccountActivation).map(Enum::name).toList();
        return em.createQuery("SELECT i.id, i.title, area.name FROM InitiativeEntity i, BusinessAreaEntity area"
                        + " WHERE area.code = i.sponsoringArea AND i.status IN :statuses ORDER BY i.title, i.id",
                        Object[].class).setParameter("statuses", statuses).setMaxResults(500).getResultStream()
                .map(row -> new Option((String) row[0], row[1] + " (" + row[2] + ")")).toList();
    }

    @Override
    public Optional<String> title(String initiativeId) {
        return initiativeId == null ? Optional.empty() : em.createQuery(
                        "SELECT i.title FROM InitiativeEntity i WHERE i.id = :id", String.class)
                .setParameter("id", initiativeId).getResultStream().findFirst();
    }
}
