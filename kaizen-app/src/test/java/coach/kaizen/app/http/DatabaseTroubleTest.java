package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite database that cannot take a write (full, or its file read-only): a 503 that says this request
 * was not saved and what was saved before is safe, /health says why, and the saved things stay.
 */
class DatabaseTroubleTest {

    @TempDir
    Path folder;

    @Test
    void aFullDatabaseRefusesTheWriteHonestlyAndKeepsWhatWasSaved() throws SQLException {
        Person ana = saveOneAim();
        // SQLite's own limit on the file's pages: the next pages a write needs are not there (SQLITE_FULL).
        try (App app = start("?max_page_count=" + pages())) {
            ApiClient api = new ApiClient(app.url());
            Reply refused = null;
            for (int i = 0; i < 200 && (refused == null || refused.status() == 201); i++) {
                refused = api.post("/api/v1/aims", ana.token(), "{\"title\":\"" + "Walk ".repeat(20) + "\",\"kind\":\"BUILD\"}");
            }
            problem(refused, 503, "was not saved", "Everything saved before is safe");
            assertThat(refused.header("Retry-After")).contains("60");
            Reply health = api.get("/health", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"status\":\"unavailable\",\"database\":\"sqlite\",\"reason\":\"full\"}");
            assertThat(ok(api.get("/api/v1/aims", ana.token()), 200).findValues("title").get(0).asText()).isEqualTo("Walk");
        }
    }

    @Test
    void aReadOnlyFileRefusesWritesHonestlyKeepsReadingAndWritesAgainOnceWritable() throws Exception {
        Path database = folder.resolve("kaizen.db");
        List<Path> files = List.of(database, folder.resolve("kaizen.db-wal"));
        try (App app = start("")) {
            ApiClient api = new ApiClient(app.url());
            Person ana = api.person("ana");
            api.aim(ana, "Walk");
            Browser browser = signedIn(app, ana);
            Reply aims = browser.get("/aims");
            assertThat(Files.exists(files.get(1))).as("the write-ahead log, open while the app runs").isTrue();
            immutable(true, files);
            try {
                assertThat(Files.isWritable(database)).as("not writable, even by root").isFalse();
                Reply refused = api.post("/api/v1/aims", ana.token(), "{\"title\":\"Run\",\"kind\":\"BUILD\"}");
                problem(refused, 503, "can only be read", "was not saved", "Everything saved before is safe");
                assertThat(refused.header("Retry-After")).contains("60");
                Reply page = browser.post("/aims", Map.of("csrf", Browser.csrf(aims), "title", "Swim", "kind", "BUILD"));
                assertThat(page.status()).as(page.toString()).isEqualTo(503);
                assertThat(page.contentType()).startsWith("text/html");
                assertThat(page.body()).contains("We could not take this just now", "was not saved",
                        "Everything saved before is safe");
                assertThat(titles(api, ana)).containsExactly("Walk");
                assertThat(browser.get("/aims").body()).contains("Walk");
                Reply health = api.get("/health", null);
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.body()).isEqualTo("{\"status\":\"unavailable\",\"database\":\"sqlite\",\"reason\":\"read-only\"}");
            } finally {
                immutable(false, files);
            }
            // Writable again: the app takes writes at once, with no restart.
            assertThat(api.get("/health", null).status()).isEqualTo(200);
            ok(api.post("/api/v1/aims", ana.token(), "{\"title\":\"Run\",\"kind\":\"BUILD\"}"), 201);
            assertThat(titles(api, ana)).containsExactly("Walk", "Run");
        }
    }

    /**
     * {@code chattr +i} (or {@code -i}): not even root may write the files ({@code chmod} does not stop root,
     * which CI runs as). It takes root and a file system that keeps the flag: elsewhere the test is skipped,
     * but never in CI.
     */
    private static void immutable(boolean on, List<Path> files) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("chattr", on ? "+i" : "-i"));
        files.forEach(file -> command.add(file.toString()));
        Process chattr = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(chattr.getInputStream().readAllBytes());
        boolean done = chattr.waitFor() == 0;
        if (on && !"true".equals(System.getenv("CI"))) {
            assumeTrue(done, "chattr +i is not allowed here (it needs root): " + said);
        }
        assertThat(done).as("chattr: " + said).isTrue();
    }

    private static Browser signedIn(App app, Person who) {
        Browser browser = new Browser(app.url());
        Reply login = browser.get("/login");
        Reply signedIn = browser.post("/login", Map.of("csrf", Browser.csrf(login), "username", who.username(),
                "password", ApiClient.PASSWORD));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(303);
        return browser;
    }

    private static List<String> titles(ApiClient api, Person who) {
        return ok(api.get("/api/v1/aims", who.token()), 200).findValues("title").stream().map(title -> title.asText())
                .toList();
    }

    private Person saveOneAim() {
        try (App app = start("")) {
            ApiClient api = new ApiClient(app.url());
            Person ana = api.person("ana");
            api.aim(ana, "Walk");
            return ana;
        }
    }

    /** The file's pages, none of them free (the migrations' dropped tables leave some): a write needs new ones. */
    private long pages() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("kaizen.db"))) {
            connection.createStatement().execute("VACUUM");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("kaizen.db"));
                ResultSet pages = connection.createStatement().executeQuery("PRAGMA page_count")) {
            pages.next();
            return pages.getLong(1);
        }
    }

    private App start(String settings) {
        String url = "jdbc:sqlite:" + folder.resolve("kaizen.db") + settings;
        return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), url), Map.of()),
                Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC));
    }
}
