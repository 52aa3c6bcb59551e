package au.gov.dss.socialmedia.records.fault;

import au.gov.dss.socialmedia.records.cli.DriverDataSources;
import au.gov.dss.socialmedia.records.outbox.OutboxSchema;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash scenario on H2 2.x in AUTO_SERVER mode: this JVM hosts the database, the worker connects over TCP. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SyncCrashH2IT {

    @TempDir
    Path work;

    @Test
    void a_worker_killed_in_the_middle_of_a_sync_of_1000_records_loses_nothing_and_duplicates_nothing()
            throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("app").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        DataSource database = DriverDataSources.forUrl(url, "sa", "");
        try (Connection hostsTheServer = database.getConnection()) {
            OutboxSchema.migrate(hostsTheServer);
            SyncCrashScenario.run(database, url, "sa", "", work);
        }
    }
}
