package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.Services;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's PostgreSQL backup recipe, run as written: its fenced block is read from the
 * README, so the words cannot drift from what is tested. The dump is taken from the test
 * database with a person's check-ins in it, restored into the second database, and served.
 */
@RequiresPostgres(restoreDatabase = true)
class PostgresBackupRecipeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String MARKER = "<!-- PostgresBackupRecipeTest";
    private static final Instant NOW = Instant.parse("2026-06-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private TestDatabase source;

    @BeforeEach
    void setUp() throws SQLException {
        emptyTheRestoreDatabase();
        source = TestDatabases.postgres();
    }

    @AfterEach
    void tearDown() throws SQLException {
        source.close();
        emptyTheRestoreDatabase();
    }

    @Test
    void theReadmesRecipeBringsEveryCheckInBackAndTheAppServesIt() throws Exception {
        Services services = Services.over(source.database(), CLOCK);
        Person ana = source.database().transaction(s -> s.users().create(
                Person.newcomer("ana", ZoneId.of("UTC"), 0), null, false, NOW)).orElseThrow();
        Step step = source.database().transaction(s -> {
            Aim aim = s.aims().create(ana.id(), new AimDraft("Move", AimKind.BUILD), NOW);
            return s.steps().create(ana.id(), aim.id(), new StepDraft("Walk", new Sizing(10, "minutes", 1, 2, 60.0), null),
                    TODAY.minusDays(30), NOW).orElseThrow();
        });
        for (int back = 5; back >= 0; back--) {
            services.checkIns().record(ana, step.id(), CheckIn.done(TODAY.minusDays(back)));
        }
        List<CheckIn> written = services.checkIns().list(ana, step.id(), TODAY.minusDays(7), TODAY).stream()
                .map(SavedCheckIn::checkIn).toList();
        assertThat(written).hasSize(6);

        runTheRecipe();

        String restored = withParameter(TestDatabases.postgresRestoreUrl(), "currentSchema=" + schemaOf(source.url()));
        AppConfig config = AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", null, restored), System.getenv());
        try (App app = App.start(config, CLOCK)) {
            Person found = app.services().database().read(s -> s.users().findByUsername("ana")).orElseThrow();
            assertThat(app.services().checkIns().list(found, step.id(), TODAY.minusDays(7), TODAY).stream()
                    .map(SavedCheckIn::checkIn).toList()).isEqualTo(written);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(app.url() + "health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":\"postgresql\"");
        }
    }

    private void runTheRecipe() throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-eu", "-o", "pipefail", "-c", recipe())
                .directory(folder.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = bash.environment();
        env.put("KAIZEN_PG", libpq(TestDatabases.postgresUrl()));
        env.put("KAIZEN_PG_RESTORED", libpq(TestDatabases.postgresRestoreUrl()));
        putIfSet(env, "PGUSER", System.getenv("KAIZEN_DB_USER"));
        putIfSet(env, "PGPASSWORD", System.getenv("KAIZEN_DB_PASSWORD"));
        env.put("PATH", env.getOrDefault("PATH", "") + postgresBinaries());
        Process process = bash.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("the recipe said: %s", said).isZero();
        assertThat(folder.resolve("kaizen.dump")).isNotEmptyFile();
    }

    /** The README's fenced block after the marker, as it is. */
    static String recipe() throws Exception {
        List<String> lines = Files.readAllLines(README);
        int marker = indexOf(lines, 0, line -> line.startsWith(MARKER));
        int open = indexOf(lines, marker, line -> line.equals("```sh"));
        int close = indexOf(lines, open + 1, line -> line.equals("```"));
        assertThat(open).as("the block follows the marker").isEqualTo(marker + 1);
        String block = String.join("\n", lines.subList(open + 1, close)) + "\n";
        assertThat(block).contains("pg_dump ", "pg_restore ");
        return block;
    }

    private static int indexOf(List<String> lines, int from, Predicate<String> test) {
        for (int i = from; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        throw new AssertionError("the README has no such line after line " + from);
    }

    /** Debian keeps pg_dump of each server version under /usr/lib/postgresql/N/bin; the newest goes last on the PATH. */
    private static String postgresBinaries() throws Exception {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return "";
        }
        try (Stream<Path> each = Files.list(versions)) {
            return each.map(version -> version.resolve("bin"))
                    .filter(Files::isDirectory)
                    .sorted((a, b) -> Integer.compare(major(b), major(a)))
                    .map(bin -> File.pathSeparator + bin)
                    .reduce("", String::concat);
        }
    }

    private static int major(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    /** A JDBC URL as libpq reads it: the same address without {@code jdbc:}. */
    private static String libpq(String jdbcUrl) {
        assertThat(jdbcUrl).startsWith("jdbc:postgresql://");
        return jdbcUrl.substring("jdbc:".length());
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    private static String schemaOf(String url) {
        return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    }

    private static void putIfSet(Map<String, String> env, String name, String value) {
        if (value != null && !value.isBlank()) {
            env.put(name, value);
        }
    }

    /** Drops every schema of ours in the second database, so the recipe restores into an empty one. */
    private static void emptyTheRestoreDatabase() throws SQLException {
        try (Connection db = DriverManager.getConnection(TestDatabases.postgresRestoreUrl(),
                TestDatabases.postgresCredentials());
             Statement sql = db.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT nspname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner"
                    + " WHERE r.rolname = current_user AND nspname <> 'public'")) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            for (String schema : schemas) {
                sql.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
            }
        }
    }
}
