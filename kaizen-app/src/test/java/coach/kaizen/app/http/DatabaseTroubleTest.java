package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite database that cannot take a write (full): a 503 that says this request
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

    private Person saveOneAim() {
        try (App app = start("")) {
            ApiClient api = new ApiClient(app.url());
            Person ana = api.person("ana");
            api.aim(ana, "Walk");
            return ana;
        }
    }

    private long pages() throws SQLException {
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
