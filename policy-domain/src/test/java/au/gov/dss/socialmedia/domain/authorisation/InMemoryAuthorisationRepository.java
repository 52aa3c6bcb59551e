package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The authorisation repository as a map of snapshots, for tests. Like a real store, it keeps copies: changing an
 * authorisation after saving it does not change what is stored until it is saved again.
 */
public final class InMemoryAuthorisationRepository implements AuthorisationRepository {

    private final Map<AuthorisationId, AuthorisationSnapshot> stored = new LinkedHashMap<>();

    /** An empty repository. */
    public InMemoryAuthorisationRepository() {
        // nothing stored yet
    }

    /** A repository holding the given authorisations. */
    public static InMemoryAuthorisationRepository of(Authorisation... authorisations) {
        InMemoryAuthorisationRepository repository = new InMemoryAuthorisationRepository();
        for (Authorisation authorisation : authorisations) {
            repository.save(authorisation);
        }
        return repository;
    }

    @Override
    public Optional<Authorisation> find(AuthorisationId id) {
        Objects.requireNonNull(id, "id must not be null");
        return Optional.ofNullable(stored.get(id)).map(Authorisation::restore);
    }

    @Override
    public void save(Authorisation authorisation) {
        stored.put(authorisation.id(), authorisation.snapshot());
    }

    @Override
    public List<Authorisation> findByHolder(EmployeeId holder) {
        return all().stream().filter(authorisation -> authorisation.holder().equals(holder)).toList();
    }

    @Override
    public List<Authorisation> findInForceFor(AccountId account, Instant at) {
        return all().stream()
                .filter(authorisation -> authorisation.isInForceAt(at))
                .filter(authorisation -> authorisation.scope().covers(account))
                .toList();
    }

    @Override
    public List<Authorisation> findEndingBetween(Instant from, Instant to) {
        return all().stream()
                .filter(authorisation -> authorisation.period().endsBetween(from, to))
                .filter(authorisation -> !authorisation.status().isTerminal())
                .toList();
    }

    /** How many authorisations are stored. */
    public int size() {
        return stored.size();
    }

    private List<Authorisation> all() {
        return stored.values().stream().map(Authorisation::restore).toList();
    }
}
