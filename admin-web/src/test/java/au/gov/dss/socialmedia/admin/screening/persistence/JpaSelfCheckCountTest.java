package au.gov.dss.socialmedia.admin.screening.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The day's count of self-checks, on the real database (H2, or PostgreSQL when {@code DB_URL} is set): each check
 * adds one in the database, so checks counted at the same moment by several instances (here, threads on their own
 * connections, the day's row not yet there) are all counted.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaSelfCheckCountTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    private final TestDatabase db = TestDatabase.fresh();
    private final JdbcSelfCheckCount count = new JdbcSelfCheckCount(db.dataSource());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_day_without_checks_counts_none_and_each_check_adds_one_to_its_own_day() {
        assertEquals(0, count.on(MONDAY));

        count.count(MONDAY);
        count.count(MONDAY);
        count.count(MONDAY.plusDays(1));

        assertEquals(2, count.on(MONDAY));
        assertEquals(1, count.on(MONDAY.plusDays(1)));
    }

    @Test
    void checks_counted_at_the_same_moment_on_separate_connections_are_all_counted() throws Exception {
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Void> counting = () -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        count.count(MONDAY);
                    }
                    return null;
                };
                done.add(pool.submit(counting));
            }
            start.countDown();
            for (Future<Void> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(threads * each, count.on(MONDAY));
    }
}
