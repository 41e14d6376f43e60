package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TcpProxy;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The way to PostgreSQL cut and restored (a proxy in between): a 503 with Retry-After within a couple
 * of seconds, /health says so, and the app comes back by itself when the database does.
 */
@RequiresPostgres
class PostgresUnreachableTest {

    @Test
    void aDatabaseGoneIsSaidPromptlyAndTheAppComesBackWithIt() {
        try (TestDatabase test = TestDatabases.postgres()) {
            URI server = URI.create(test.url().substring("jdbc:".length()));
            try (TcpProxy proxy = TcpProxy.to(server.getHost(), server.getPort());
                    App app = App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", null,
                            test.url().replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port())),
                            System.getenv()), Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC))) {
                ApiClient api = new ApiClient(app.url());
                Person ana = api.person("ana");
                api.aim(ana, "Walk");

                proxy.cut();
                long start = System.nanoTime();
                Reply refused = api.post("/api/v1/aims", ana.token(), "{\"title\":\"Run\",\"kind\":\"BUILD\"}");
                assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to say so").isLessThan(5_000);
                problem(refused, 503, "cannot reach our database", "was not saved", "Everything saved before is safe");
                assertThat(refused.header("Retry-After")).contains("5");
                problem(api.get("/api/v1/aims", ana.token()), 503, "cannot show this");
                Reply health = api.get("/health", null);
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.body()).contains("\"reason\":\"unreachable\"");

                proxy.restore();
                assertThat(healthyWithin(api, 15_000)).as("healthy again by itself within 15 s").isTrue();
                assertThat(ok(api.get("/api/v1/aims", ana.token()), 200).findValues("title").stream()
                        .map(title -> title.asText()).toList()).containsExactly("Walk");
                ok(api.post("/api/v1/aims", ana.token(), "{\"title\":\"Run\",\"kind\":\"BUILD\"}"), 201);
            }
        }
    }

    /** The pool opens its connections again on its own schedule: ask /health until it says ok, or time is up. */
    private static boolean healthyWithin(ApiClient api, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (api.get("/health", null).status() != 200) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
