package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Conduct matters kept as snapshots in a map, for tests and scenario tests. Like a real store, it hands out a
 * fresh matter restored from the saved snapshot, so that changes are only kept when saved.
 */
public final class InMemoryConductMatterRepository implements ConductMatterRepository {

    private final Map<ConductMatterId, ConductMatterSnapshot> matters = new LinkedHashMap<>();

    /** An empty repository. */
    public InMemoryConductMatterRepository() {
    }

    @Override
    public Optional<ConductMatter> find(ConductMatterId id) {
        return Optional.ofNullable(matters.get(id)).map(ConductMatter::restore);
    }

    @Override
    public void save(ConductMatter matter) {
        Objects.requireNonNull(matter, "conduct matter must not be null");
        matters.put(matter.id(), matter.snapshot());
    }

    @Override
    public List<ConductMatter> findBySubject(EmployeeId subject) {
        return matters.values().stream().filter(snapshot -> snapshot.subject().equals(subject))
                .sorted(Comparator.comparing(ConductMatterSnapshot::reportedAt)).map(ConductMatter::restore)
                .toList();
    }

    @Override
    public List<ConductMatter> findOpen() {
        return matters.values().stream().filter(snapshot -> snapshot.stage().isOpen())
                .sorted(Comparator.comparing(ConductMatterSnapshot::reportedAt)).map(ConductMatter::restore)
                .toList();
    }

    /** How many matters are stored. */
    public int size() {
        return matters.size();
    }
}
