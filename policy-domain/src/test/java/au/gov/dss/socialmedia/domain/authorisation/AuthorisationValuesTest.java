package au.gov.dss.socialmedia.domain.authorisation;

import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.DSS_FACEBOOK;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.DSS_TWITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorisationValuesTest {

    private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-09-02T00:00:00Z");

    // ----------------------------------------------------------------------------------------- validity period

    @Test
    void a_validity_period_includes_its_start_and_excludes_its_end() {
        ValidityPeriod period = new ValidityPeriod(FROM, UNTIL);

        assertFalse(period.contains(FROM.minusNanos(1)));
        assertTrue(period.contains(FROM));
        assertTrue(period.contains(UNTIL.minusNanos(1)));
        assertFalse(period.contains(UNTIL));
        assertTrue(period.hasEndedAt(UNTIL));
        assertFalse(period.hasEndedAt(UNTIL.minusNanos(1)));
        assertFalse(period.hasStartedAt(FROM.minusNanos(1)));
    }

    @Test
    void a_validity_period_must_end_after_it_starts() {
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> new ValidityPeriod(FROM, FROM));
        assertTrue(same.getMessage().contains("until"));
        assertThrows(IllegalArgumentException.class, () -> new ValidityPeriod(UNTIL, FROM));
    }

    @Test
    void a_validity_period_needs_both_ends() {
        NullPointerException noStart = assertThrows(NullPointerException.class, () -> new ValidityPeriod(null, UNTIL));
        assertTrue(noStart.getMessage().contains("from"));
        NullPointerException noEnd = assertThrows(NullPointerException.class, () -> new ValidityPeriod(FROM, null));
        assertTrue(noEnd.getMessage().contains("until"));
    }

    @Test
    void a_validity_period_knows_its_length_and_whether_it_ends_in_a_window() {
        ValidityPeriod period = ValidityPeriod.starting(FROM, Duration.ofDays(10));

        assertEquals(Duration.ofDays(10), period.length());
        assertTrue(period.endsBetween(FROM.plus(Duration.ofDays(10)), FROM.plus(Duration.ofDays(11))));
        assertFalse(period.endsBetween(FROM, FROM.plus(Duration.ofDays(10))));
        assertEquals(new ValidityPeriod(FROM, UNTIL), period.extendedTo(UNTIL));
    }

    @Test
    void the_maximum_term_is_two_years() {
        assertEquals(731, ValidityPeriod.MAXIMUM_TERM.toDays());
    }

    // ----------------------------------------------------------------------------------------- scope

    @Test
    void all_cmb_accounts_include_every_account() {
        assertTrue(AccountScope.allCmbAccounts().includes(AccountId.newId()));
    }

    @Test
    void specific_accounts_include_only_the_named_accounts() {
        AccountScope scope = AccountScope.of(DSS_TWITTER);

        assertTrue(scope.includes(DSS_TWITTER));
        assertFalse(scope.includes(DSS_FACEBOOK));
    }

    @Test
    void specific_accounts_must_name_at_least_one_account() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, AccountScope::of);
        assertTrue(refused.getMessage().contains("accounts"));
        assertThrows(IllegalArgumentException.class, () -> new AccountScope.SpecificAccounts(Set.of()));
    }

    @Test
    void specific_accounts_are_copied_so_later_changes_do_not_leak_in() {
        Set<AccountId> accounts = new HashSet<>(Set.of(DSS_TWITTER));
        AccountScope.SpecificAccounts scope = new AccountScope.SpecificAccounts(accounts);
        accounts.add(DSS_FACEBOOK);

        assertFalse(scope.includes(DSS_FACEBOOK));
        assertThrows(UnsupportedOperationException.class, () -> scope.accounts().add(DSS_FACEBOOK));
    }

    @Test
    void a_scope_must_name_at_least_one_activity() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new AuthorisationScope(AccountScope.allCmbAccounts(), Set.of()));
        assertTrue(refused.getMessage().contains("activities"));
    }

    @Test
    void a_scope_covers_an_activity_on_an_account_only_when_it_covers_both() {
        AuthorisationScope scope = AuthorisationScope.of(AccountScope.of(DSS_TWITTER), Activity.PUBLISH);

        assertTrue(scope.covers(Activity.PUBLISH, DSS_TWITTER));
        assertFalse(scope.covers(Activity.MODERATE, DSS_TWITTER));
        assertFalse(scope.covers(Activity.PUBLISH, DSS_FACEBOOK));
    }

    @Test
    void the_whole_scope_covers_every_activity_on_every_account() {
        AuthorisationScope everything = AuthorisationScope.everything();

        assertEquals(EnumSet.allOf(Activity.class), EnumSet.copyOf(everything.activities()));
        assertTrue(everything.covers(Activity.REPRESENT_ON_THIRD_PARTY_SITE, AccountId.newId()));
    }

    // ----------------------------------------------------------------------------------------- training, history

    @Test
    void a_training_record_needs_a_course_name() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRecord("  ", LocalDate.of(2026, 1, 1), EmployeeId.of("E1")));
        assertTrue(refused.getMessage().contains("training course"));
        assertThrows(NullPointerException.class, () -> new TrainingRecord("Course", null, EmployeeId.of("E1")));
        assertThrows(NullPointerException.class, () -> new TrainingRecord("Course", LocalDate.of(2026, 1, 1), null));
    }

    @Test
    void a_suspension_or_revocation_in_the_history_needs_a_reason() {
        assertThrows(IllegalArgumentException.class,
                () -> new StatusChange(AuthorisationStatus.SUSPENDED, FROM, " "));
        assertThrows(NullPointerException.class, () -> new StatusChange(AuthorisationStatus.REVOKED, FROM, null));
        assertEquals("", new StatusChange(AuthorisationStatus.GRANTED, FROM, null).reason());
    }

    @Test
    void only_revoked_and_expired_are_terminal() {
        assertFalse(AuthorisationStatus.GRANTED.isTerminal());
        assertFalse(AuthorisationStatus.SUSPENDED.isTerminal());
        assertTrue(AuthorisationStatus.REVOKED.isTerminal());
        assertTrue(AuthorisationStatus.EXPIRED.isTerminal());
    }
}
