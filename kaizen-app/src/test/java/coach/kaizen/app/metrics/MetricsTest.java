package coach.kaizen.app.metrics;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.config.ConfigException;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics: off unless the operator says, on a port of its own or behind a token, and its counts move. */
class MetricsTest {

    private static final String TOKEN = "a-metrics-token-long-enough";
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void offByDefault() throws Exception {
        try (App app = start(Map.of())) {
            assertThat(get(app.url() + "metrics", null).statusCode()).isEqualTo(404);
            assertThat(app.metricsPort()).isEqualTo(-1);
        }
    }

    @Test
    void behindATokenOnTheAppsPort() throws Exception {
        try (App app = start(Map.of("KAIZEN_METRICS_TOKEN", TOKEN))) {
            String metrics = app.url() + "metrics";
            assertThat(get(metrics, null).statusCode()).isEqualTo(401);
            assertThat(get(metrics, "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
            assertThat(get(metrics, "Bearer " + TOKEN.substring(1)).statusCode()).isEqualTo(401);
            assertThat(get(metrics, TOKEN).statusCode()).as("without Bearer").isEqualTo(401);

            ApiClient api = new ApiClient(app.url());
            Person person = api.person("watched");
            long stepId = api.step(person, api.aim(person, "Move more"));
            String before = scrape(metrics);
            String checkIns = "/api/v1/steps/" + stepId + "/check-ins/";
            ok(api.put(checkIns + "2026-11-21", person.token(), "{\"outcome\":\"DONE\",\"note\":\"a private note\"}"), 201);
            ok(api.put(checkIns + "2026-11-21", person.token(), "{\"outcome\":\"MISSED\"}"), 200);
            String corrected = scrape(metrics);
            ok(api.put("/api/v1/readiness/2026-11-21", person.token(), "{\"energy\":2}"), 200);
            String after = scrape(metrics);

            assertThat(value(after, "kaizen_check_ins_saved_total{kind=\"new\"}"))
                    .isEqualTo(value(before, "kaizen_check_ins_saved_total{kind=\"new\"}") + 1);
            assertThat(value(after, "kaizen_check_ins_saved_total{kind=\"corrected\"}"))
                    .isEqualTo(value(before, "kaizen_check_ins_saved_total{kind=\"corrected\"}") + 1);
            String replays = "kaizen_engine_replays_total";
            assertThat(value(corrected, replays)).as("a new day and its correction").isEqualTo(value(before, replays));
            assertThat(value(after, replays)).as("the day's readiness said after").isEqualTo(value(corrected, replays) + 1);
            String put = "http_server_requests_seconds_count{method=\"PUT\",route=\"/api/v1/steps/{stepId}/check-ins/{date}\",status=\"";
            assertThat(value(after, put + "201\"}")).isEqualTo(1);
            assertThat(value(after, put + "200\"}")).isEqualTo(1);
            assertThat(after).as("routes, never paths with ids").doesNotContain("/api/v1/steps/" + stepId)
                    .doesNotContain("private note", person.token());
            assertThat(after).contains("hikaricp_connections_active{pool=\"kaizen\"", "jvm_memory_used_bytes{",
                    "jvm_gc_", "jvm_threads_live_threads", "http_server_requests_seconds_sum{");
        }
    }

    @Test
    void onAPortOfItsOwn() throws Exception {
        try (App app = start(Map.of("KAIZEN_METRICS_PORT", "0"))) {
            assertThat(app.metricsPort()).isPositive();
            assertThat(get(app.url() + "metrics", null).statusCode()).as("not on the app's port").isEqualTo(404);
            HttpResponse<String> metrics = get("http://127.0.0.1:" + app.metricsPort() + "/metrics", null);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(metrics.body()).contains("jvm_memory_used_bytes{");
            assertThat(get("http://127.0.0.1:" + app.metricsPort() + "/other", null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aPortOfItsOwnAsksForTheTokenTooWhenOneIsGiven() throws Exception {
        try (App app = start(Map.of("KAIZEN_METRICS_PORT", "0", "KAIZEN_METRICS_TOKEN", TOKEN))) {
            String metrics = "http://127.0.0.1:" + app.metricsPort() + "/metrics";
            assertThat(get(metrics, null).statusCode()).isEqualTo(401);
            assertThat(get(metrics, "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aShortTokenIsRefusedAtStart() {
        assertThatThrownBy(() -> config(Map.of("KAIZEN_METRICS_TOKEN", "short")))
                .isInstanceOf(ConfigException.class);
    }

    private App start(Map<String, String> env) {
        return App.start(config(env), new TestClock(NOW));
    }

    private AppConfig config(Map<String, String> env) {
        return AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null), env);
    }

    private String scrape(String url) throws IOException, InterruptedException {
        HttpResponse<String> metrics = get(url, "Bearer " + TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body();
    }

    /** A sample's value, 0 when it is not there yet. */
    private static double value(String scrape, String sample) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private HttpResponse<String> get(String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
