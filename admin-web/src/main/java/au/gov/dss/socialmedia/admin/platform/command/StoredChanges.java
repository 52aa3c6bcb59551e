package au.gov.dss.socialmedia.admin.platform.command;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way a use case changes an aggregate that is stored: run as its protected action, it is refused when the
 * aggregate is not there, or when someone else changed it since the page showed it (its version moved on);
 * otherwise the aggregate decides, is stored, and each event it returns is kept as a record.
 */
public final class StoredChanges {

    /**
     * What an aggregate decided: the events it returned, and what the audit trail says was done.
     *
     * @param events the events, each kept as a record
     * @param summary the audit entry's detail
     */
    public record Decided(List<? extends DomainEvent> events, String summary) {
    }

    private final CommandRunner commands;
    private final StoredVersions versions;
    private final RecordKeeping records;

    /** Changes run by the runner, checked against the stored versions, recorded by the record keeping. */
    public StoredChanges(CommandRunner commands, StoredVersions versions, RecordKeeping records) {
        this.commands = commands;
        this.versions = versions;
        this.records = records;
    }

    /**
     * Changes the stored aggregate by a command that returns one event.
     *
     * @param action the use case, with the roles that may run it
     * @param subject what it acts on, named for the audit trail
     * @param named how the refusal of a stale change names it ("The account @DSSFamilies")
     * @param version the version the page showed
     * @param stored the aggregate as stored, if there is one
     * @param command what the aggregate is asked to do
     * @param store stores it
     * @param summary what the audit trail says was done
     * @param <A> the aggregate
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public <A> void apply(ProtectedAction action, Subject subject, String named, long version, Optional<A> stored,
                          Function<A, ? extends DomainEvent> command, Consumer<A> store, String summary) {
        decide(action, subject, named, version, stored, aggregate -> new Decided(List.of(command.apply(aggregate)),
                summary), store);
    }

    /** Changes the stored aggregate by a command that decides its events and its summary itself. */
    public <A> void decide(ProtectedAction action, Subject subject, String named, long version, Optional<A> stored,
                           Function<A, Decided> command, Consumer<A> store) {
        commands.run(action, subject, () -> {
            A aggregate = stored.orElseThrow(() -> new IllegalArgumentException("there is no such "
                    + subject.kind().name().toLowerCase(java.util.Locale.ROOT)));
            versions.require(Subject.of(subject.kind(), subject.id(), named), version);
            Decided decided = command.apply(aggregate);
            store.accept(aggregate);
            decided.events().forEach(records::capture);
            return Done.did(decided.summary());
        });
    }
}
