package au.gov.dss.socialmedia.records.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(10), Duration.ofMinutes(2));

    @Test
    void the_delay_doubles_after_each_failure_with_half_of_it_jittered() {
        Random random = new Random(42);
        for (int attempt = 1; attempt <= 4; attempt++) {
            long full = 10_000L << (attempt - 1);
            long delay = policy.delayAfter(attempt, random).orElseThrow().toMillis();
            assertTrue(delay >= full / 2 && delay <= full, "attempt " + attempt + ": " + delay);
        }
    }

    @Test
    void the_delay_never_exceeds_the_maximum() {
        Random random = new Random(1);
        assertTrue(policy.delayAfter(5, random).orElseThrow().compareTo(Duration.ofMinutes(2)) <= 0);
        RetryPolicy many = new RetryPolicy(1000, Duration.ofSeconds(1), Duration.ofHours(1));
        assertTrue(many.delayAfter(999, random).orElseThrow().compareTo(Duration.ofHours(1)) <= 0);
    }

    @Test
    void records_that_failed_together_come_back_at_different_times() {
        Random random = new Random(7);
        Set<Duration> delays = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            delays.add(policy.delayAfter(3, random).orElseThrow());
        }
        assertTrue(delays.size() > 15, delays.toString());
    }

    @Test
    void after_the_last_attempt_there_is_no_next_attempt() {
        assertTrue(policy.delayAfter(6, new Random()).isEmpty());
        assertTrue(policy.delayAfter(7, new Random()).isEmpty());
    }

    @Test
    void a_policy_without_attempts_is_refused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertEquals("max attempts must be at least 1, but was 0", refused.getMessage());
    }
}
