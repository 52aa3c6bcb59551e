package au.gov.dss.socialmedia.records.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The command line refuses arguments it does not understand, naming them, with the usage and exit status 2 (its
 * contract for bad usage), before it connects to anything. The database the runs are pointed at does not exist (a
 * closed port): a run that got past its arguments would end with exit status 3 instead.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsCliArgumentsTest {

    private final String nowhere;

    RecordsCliArgumentsTest() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            nowhere = "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/app";
        }
    }

    private CliRun refused(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.showedUsage(), run.err());
        return run;
    }

    private String[] with(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--jdbc", nowhere));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void the_arguments_of_these_tests_get_as_far_as_the_database_when_they_are_right() {
        CliRun run = CliRun.of(with("sync", "--bagit", "/var/records", "--until-empty", "--password=", "--batch=5",
                "--records.sync.backoff-max", "PT2M"));
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.firstError().startsWith("records: database: cannot connect"), run.err());
    }

    @Test
    void an_unknown_option_is_refused_naming_it() {
        assertEquals("records: unknown option --bagti", refused(with("sync", "--bagti", "/var/records"))
                .firstError());
    }

    @Test
    void an_unknown_option_given_with_a_value_is_named_without_the_value() {
        CliRun run = refused(with("status", "--pasword=hunter2"));
        assertEquals("records: unknown option --pasword", run.firstError());
        assertFalse(run.err().contains("hunter2"), run.err());
    }

    @Test
    void a_setting_given_as_an_option_must_be_one_the_adapter_knows() {
        assertEquals("records: unknown option --records.bagit.rot",
                refused(with("sync", "--records.bagit.rot=/var/records")).firstError());
        assertEquals("records: unknown option --records.disposal.post-publishd.class",
                refused(with("sync", "--records.disposal.post-publishd.class", "12345")).firstError());
    }

    @Test
    void an_option_at_the_end_without_its_value_is_refused_naming_it() {
        assertEquals("records: option --jdbc needs a value", refused("status", "--jdbc").firstError());
    }

    @Test
    void an_option_followed_by_another_option_is_refused_as_missing_its_value() {
        assertEquals("records: option --user needs a value, but is followed by --password (write --user=VALUE for a"
                + " value that begins with --)", refused(with("status", "--user", "--password", "p")).firstError());
    }

    @Test
    void a_value_given_to_a_flag_is_refused() {
        assertEquals("records: option --loop takes no value, but is given 'yes'",
                refused(with("sync", "--loop=yes")).firstError());
    }

    @Test
    void an_option_given_twice_is_refused() {
        assertEquals("records: option --bagit is given twice",
                refused(with("sync", "--bagit", "/a", "--bagit=/b")).firstError());
    }

    @Test
    void an_argument_that_is_no_option_is_refused_naming_it() {
        assertEquals("records: unexpected argument 'jdbc:h2:mem:x' (options begin with --)",
                refused("status", "jdbc:h2:mem:x").firstError());
    }

    @Test
    void an_unknown_command_is_refused_naming_it() {
        assertEquals("records: unknown command 'sink'", refused(with("sink")).firstError());
    }

    @Test
    void an_option_before_the_command_is_refused_saying_the_command_comes_first() {
        assertEquals("records: the command comes first, before --jdbc", refused("--jdbc", nowhere, "status")
                .firstError());
    }

    @Test
    void a_config_file_that_cannot_be_read_is_a_configuration_error_naming_it() {
        CliRun run = CliRun.of(with("status", "--config", "/nonexistent/records.properties"));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("records: cannot read the --config file: NoSuchFileException /nonexistent/records.properties",
                run.firstError());
    }

    @Test
    void help_anywhere_shows_the_usage_and_succeeds_and_no_arguments_at_all_is_bad_usage() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"sync", "--bagit", "/a", "--help"})) {
            CliRun help = CliRun.of(args);
            assertEquals(0, help.exitCode(), help.err());
            assertTrue(help.showedUsage(), help.err());
        }
        assertEquals(2, refused().exitCode());
    }

    @Test
    void options_are_read_in_both_forms_and_a_value_may_begin_with_dashes_after_an_equals_sign() throws Exception {
        Properties options = RecordsCli.options(new String[] {"sync", "--jdbc", "jdbc:h2:mem:x", "--password=--x",
            "--user=", "--loop", "--records.disposal.post-published.class", "12345"});
        assertEquals("jdbc:h2:mem:x", options.getProperty("records.jdbc.url"));
        assertEquals("--x", options.getProperty("records.jdbc.password"));
        assertEquals("", options.getProperty("records.jdbc.user"));
        assertEquals("true", options.getProperty("loop"));
        assertEquals("12345", options.getProperty("records.disposal.post-published.class"));
    }
}
