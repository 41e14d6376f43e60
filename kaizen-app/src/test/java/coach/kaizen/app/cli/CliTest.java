package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpListsTheCommands() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("serve", "migrate");
    }

    @Test
    void serveHelpListsEveryOptionWithItsVariable() {
        assertThat(run(Map.of(), "serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "KAIZEN_PORT", "--host", "KAIZEN_HOST", "--data-dir",
                "KAIZEN_DATA_DIR", "--db-url", "KAIZEN_DB_URL");
    }

    @Test
    void anUnknownFlagIsOneLineAndExitCodeTwo() {
        assertThat(run(Map.of(), "serve", "--colour", "green")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: Unknown options: '--colour', 'green' (see 'kaizen serve --help')\n");
    }

    @Test
    void aBadPortIsOneLineNamingTheFlag() {
        assertThat(run(Map.of(), "serve", "--port", "seventy")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: --port must be a port number from 0 to 65535, not 'seventy'\n");
    }

    @Test
    void aBadVariableIsOneLineNamingTheVariable() {
        assertThat(run(Map.of("KAIZEN_PORT", "70000"), "serve")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: KAIZEN_PORT must be a port number from 0 to 65535, not '70000'\n");
    }

    @Test
    void aFlagWinsOverItsVariable() {
        // The variable's bad value is never read when the flag is given.
        assertThat(run(Map.of("KAIZEN_DATA_DIR", "\0bad"), "migrate", "--data-dir", folder.toString())).isZero();
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsRefused() {
        assertThat(run(Map.of(), "migrate", "--db-url", "mysql://localhost/kaizen")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("kaizen: --db-url must start with jdbc:postgresql:// (or jdbc:sqlite:)\n");
    }

    @Test
    void aDemoInAnUnknownZoneIsRefusedBeforeAnythingStarts() {
        assertThat(run(Map.of(), "serve", "--demo", "--demo-time-zone", "Mars/Olympus")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("kaizen: --demo-time-zone must be a time zone name like Europe/Paris, not Mars/Olympus\n");
    }

    @Test
    void migrateCreatesTheSqliteFileThenFindsItUpToDate() {
        Path data = folder.resolve("data");
        assertThat(run(Map.of("KAIZEN_DATA_DIR", data.toString()), "migrate")).isZero();
        assertThat(Files.exists(data.resolve("kaizen.db"))).isTrue();
        assertThat(out.toString()).contains("is at schema version 2 (2 migrations applied).");
        assertThat(run(Map.of("KAIZEN_DATA_DIR", data.toString()), "migrate")).isZero();
        assertThat(out.toString()).contains("is at schema version 2 (already up to date).");
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExitCodeOne() {
        int code = run(Map.of("KAIZEN_DB_PASSWORD", "secret-value"), "migrate", "--db-url",
                "jdbc:postgresql://127.0.0.1:1/kaizen?password=also-secret");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("kaizen: cannot open the database at jdbc:postgresql://127.0.0.1:1/kaizen: ")
                .doesNotContain("secret").hasLineCount(1);
    }

    @Test
    void noCommandShowsTheUsageAsAUsageError() {
        assertThat(run(Map.of())).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: kaizen");
    }

    private int run(Map<String, String> env, String... args) {
        return Cli.run(args, env, Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC), new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
