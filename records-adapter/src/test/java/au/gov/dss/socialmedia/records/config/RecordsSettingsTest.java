package au.gov.dss.socialmedia.records.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.records.mapping.RecordType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsSettingsTest {

    @TempDir
    Path archive;

    @Test
    void every_key_the_settings_read_is_one_they_call_known_so_the_cli_accepts_it_as_an_option() {
        Set<String> read = new HashSet<>();
        Map<String, String> given = Map.of("records.bagit.root", archive.toString(),
                "records.cmis.url", "http://127.0.0.1:1/browser");
        RecordsSettings settings = new RecordsSettings(key -> {
            read.add(key);
            return Optional.ofNullable(given.get(key));
        });
        Set<String> everyScheduleKey = RecordsSettings.KEYS.stream().collect(Collectors.toCollection(TreeSet::new));
        for (RecordType type : RecordType.values()) {
            everyScheduleKey.add("records.disposal." + type.code() + ".class");
            everyScheduleKey.add("records.function." + type.code());
        }
        settings.worker(new JdbcDataSource(), Clock.systemUTC(), everyScheduleKey);
        settings.disposalSchedule(everyScheduleKey);
        assertTrue(read.size() > 10, read.toString());
        Set<String> unknown = read.stream().filter(key -> !RecordsSettings.isKey(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown);
    }

    @Test
    void a_key_nobody_reads_is_not_known() {
        assertFalse(RecordsSettings.isKey("records.bagit.rot"));
        assertFalse(RecordsSettings.isKey("records.disposal.no-such-type.class"));
        assertTrue(RecordsSettings.isKey("records.disposal.post-published.action"));
    }

    @Test
    void a_number_or_a_duration_that_is_not_one_is_refused_naming_the_key() {
        RecordsSettings settings = new RecordsSettings(key -> Optional.of("lots"));
        assertEquals("records.sync.batch must be a whole number, but is 'lots'", assertThrows(
                IllegalArgumentException.class, () -> settings.integer("records.sync.batch", 1)).getMessage());
        assertEquals("records.sync.lease must be a duration (30s, 5m, 1h, 250ms or PT30S), but is 'lots'",
                assertThrows(IllegalArgumentException.class,
                        () -> settings.duration("records.sync.lease", Duration.ZERO)).getMessage());
    }
}
