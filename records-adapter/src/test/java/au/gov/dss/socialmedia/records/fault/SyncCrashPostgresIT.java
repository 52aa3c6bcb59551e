package au.gov.dss.socialmedia.records.fault;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import au.gov.dss.socialmedia.records.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash scenario on PostgreSQL, when one is configured ({@code DB_URL=jdbc:postgresql://...}, {@code DB_USER},
 * {@code DB_PASSWORD}, or {@code -Drecords.test.pg.url=...}); skipped, with the reason, otherwise.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SyncCrashPostgresIT {

    @TempDir
    Path work;

    @Test
    void a_worker_killed_in_the_middle_of_a_sync_of_1000_records_loses_nothing_and_duplicates_nothing_on_postgresql()
            throws Exception {
        Optional<String[]> settings = TestDatabases.postgresSettings();
        assumeTrue(settings.isPresent(), TestDatabases.NO_POSTGRES);
        TestDatabases.Database database = TestDatabases.postgres(settings.get());
        try {
            SyncCrashScenario.run(database.dataSource(), database.url(), database.user(), database.password(), work);
        } finally {
            database.dispose();
        }
    }
}
