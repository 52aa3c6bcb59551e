package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Initiatives kept as snapshots in a map, for tests: like a real store, a change is visible only once saved, and
 * every find restores a fresh initiative from its snapshot.
 */
public final class InMemoryInitiativeRepository implements InitiativeRepository {

    private final Map<InitiativeId, InitiativeSnapshot> snapshots = new LinkedHashMap<>();

    /** An empty repository. */
    public InMemoryInitiativeRepository() {
        // nothing stored yet
    }

    /** A repository holding the given initiatives. */
    public static InMemoryInitiativeRepository of(Initiative... initiatives) {
        InMemoryInitiativeRepository repository = new InMemoryInitiativeRepository();
        for (Initiative initiative : initiatives) {
            repository.save(initiative);
        }
        return repository;
    }

    @Override
    public Optional<Initiative> find(InitiativeId id) {
        return Optional.ofNullable(snapshots.get(id)).map(Initiative::restore);
    }

    @Override
    public void save(Initiative initiative) {
        snapshots.put(initiative.id(), initiative.snapshot());
    }

    @Override
    public List<Initiative> findByStatus(InitiativeStatus status) {
        return snapshots.values().stream()
                .filter(snapshot -> snapshot.status() == status)
                .map(Initiative::restore)
                .toList();
    }

    /** How many initiatives are stored. */
    public int size() {
        return snapshots.size();
    }
}
