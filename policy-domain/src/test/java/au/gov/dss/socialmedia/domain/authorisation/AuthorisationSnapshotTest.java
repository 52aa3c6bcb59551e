package au.gov.dss.socialmedia.domain.authorisation;

import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.GRANTOR;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aContributorAuthorisation;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aManagerAuthorisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.Stage;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorisationSnapshotTest {

    private final TestClock clock = new TestClock();

    @ParameterizedTest
    @EnumSource(Stage.class)
    void an_authorisation_restored_from_its_snapshot_is_the_same_in_every_stage(Stage stage) {
        Authorisation authorisation = stage.of(clock);

        Authorisation restored = Authorisation.restore(authorisation.snapshot());

        assertEquals(authorisation.snapshot(), restored.snapshot());
        assertEquals(authorisation.statusAt(clock.instant()), restored.statusAt(clock.instant()));
    }

    @Test
    void the_snapshot_holds_the_complete_state() {
        Authorisation authorisation = aContributorAuthorisation().granted(clock);
        clock.advanceDays(1);
        authorisation.suspend(GRANTOR, "review", clock);

        AuthorisationSnapshot snapshot = authorisation.snapshot();

        assertEquals(authorisation.id(), snapshot.id());
        assertEquals(authorisation.holder(), snapshot.holder());
        assertEquals(authorisation.role(), snapshot.role());
        assertEquals(authorisation.scope(), snapshot.scope());
        assertEquals(authorisation.period(), snapshot.period());
        assertEquals(authorisation.training(), snapshot.training());
        assertEquals(GRANTOR.id(), snapshot.grantedBy());
        assertEquals(TestClock.START, snapshot.grantedAt());
        assertEquals(AuthorisationStatus.SUSPENDED, snapshot.status());
        assertEquals(authorisation.history(), snapshot.history());
    }

    @Test
    void a_snapshot_cannot_be_changed_through_its_history() {
        AuthorisationSnapshot snapshot = aManagerAuthorisation().granted(clock).snapshot();

        assertThrows(UnsupportedOperationException.class,
                () -> snapshot.history().add(new StatusChange(AuthorisationStatus.REVOKED, clock.instant(), "x")));
    }

    @Test
    void a_snapshot_granted_by_its_own_holder_is_refused() {
        AuthorisationSnapshot good = aManagerAuthorisation().granted(clock).snapshot();

        assertInconsistent(new AuthorisationSnapshot(good.id(), good.holder(), good.role(), good.scope(),
                good.period(), good.training(), good.holder(), good.grantedAt(), good.status(), good.history()));
    }

    @Test
    void a_snapshot_of_a_contributor_without_training_is_refused() {
        AuthorisationSnapshot good = aContributorAuthorisation().granted(clock).snapshot();

        assertInconsistent(new AuthorisationSnapshot(good.id(), good.holder(), good.role(), good.scope(),
                good.period(), Optional.empty(), good.grantedBy(), good.grantedAt(), good.status(), good.history()));
    }

    @Test
    void a_snapshot_whose_history_does_not_start_with_the_grant_is_refused() {
        AuthorisationSnapshot good = aManagerAuthorisation().granted(clock).snapshot();

        assertInconsistent(withHistory(good, AuthorisationStatus.GRANTED, List.of()));
        assertInconsistent(withHistory(good, AuthorisationStatus.GRANTED,
                List.of(new StatusChange(AuthorisationStatus.GRANTED, good.grantedAt().plusSeconds(1), ""))));
        assertInconsistent(withHistory(good, AuthorisationStatus.SUSPENDED,
                List.of(new StatusChange(AuthorisationStatus.SUSPENDED, good.grantedAt(), "r"))));
    }

    @Test
    void a_snapshot_whose_history_is_out_of_order_is_refused() {
        AuthorisationSnapshot good = aManagerAuthorisation().granted(clock).snapshot();
        List<StatusChange> history = new ArrayList<>(good.history());
        history.add(new StatusChange(AuthorisationStatus.SUSPENDED, good.grantedAt().minusSeconds(1), "r"));

        assertInconsistent(withHistory(good, AuthorisationStatus.SUSPENDED, history));
    }

    @Test
    void a_snapshot_whose_history_leaves_a_terminal_state_is_refused() {
        Authorisation revoked = Stage.REVOKED.of(clock);
        AuthorisationSnapshot good = revoked.snapshot();
        List<StatusChange> history = new ArrayList<>(good.history());
        history.add(new StatusChange(AuthorisationStatus.GRANTED, clock.instant().plusSeconds(1), ""));

        assertInconsistent(withHistory(good, AuthorisationStatus.GRANTED, history));
    }

    @Test
    void a_snapshot_recording_an_expiry_other_than_at_the_end_of_the_period_is_refused() {
        AuthorisationSnapshot good = aManagerAuthorisation().granted(clock).snapshot();
        List<StatusChange> history = new ArrayList<>(good.history());
        history.add(new StatusChange(AuthorisationStatus.EXPIRED, good.grantedAt().plus(Duration.ofDays(1)), ""));

        assertInconsistent(withHistory(good, AuthorisationStatus.EXPIRED, history));
    }

    @Test
    void a_snapshot_whose_status_differs_from_its_history_is_refused() {
        AuthorisationSnapshot good = aManagerAuthorisation().granted(clock).snapshot();

        assertInconsistent(withHistory(good, AuthorisationStatus.REVOKED, good.history()));
    }

    @Test
    void a_restored_authorisation_keeps_working() {
        Authorisation restored = Authorisation.restore(Stage.SUSPENDED.of(clock).snapshot());
        Instant later = clock.advanceDays(1).instant();

        restored.reinstate(GRANTOR, "Review completed", clock);

        assertTrue(restored.isInForceAt(later));
    }

    private static AuthorisationSnapshot withHistory(AuthorisationSnapshot good, AuthorisationStatus status,
                                                     List<StatusChange> history) {
        return new AuthorisationSnapshot(good.id(), good.holder(), good.role(), good.scope(), good.period(),
                good.training(), good.grantedBy(), good.grantedAt(), status, history);
    }

    private static void assertInconsistent(AuthorisationSnapshot snapshot) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Authorisation.restore(snapshot));
        assertTrue(refused.getMessage().startsWith("inconsistent snapshot"), refused.getMessage());
    }
}
