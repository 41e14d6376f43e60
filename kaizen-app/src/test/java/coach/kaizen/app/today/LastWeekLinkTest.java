package coach.kaizen.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.Browser;
import coach.kaizen.app.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the first day of a person's week, Today links to last week's review once there was a last week to see;
 * on the other days, to the week so far.
 */
class LastWeekLinkTest {

    /** A Monday, the first day of the week for a new person. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(MONDAY.minus(Duration.ofDays(7)));
    private App app;
    private ApiClient api;

    @BeforeEach
    void start() {
        app = App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null), Map.of()),
                clock);
        api = new ApiClient(app.url());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void someoneNewIsNotOfferedAWeekTheyWereNotHereFor() {
        Person old = api.person("old");
        api.step(old, api.aim(old, "Move more"), "{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\"}");
        clock.advance(Duration.ofDays(7));
        Person fresh = api.person("fresh");
        long recovery = ApiClient.ok(api.post("/api/v1/aims", fresh.token(),
                "{\"title\":\"Less wine\",\"kind\":\"RECOVER\"}"), 201).get("id").asLong();
        api.step(fresh, recovery, "{\"action\":\"Pause\",\"amount\":2,\"unit\":\"minutes\"}");

        assertThat(today(fresh).body()).doesNotContain("How last week went");
        assertThat(today(old).body()).contains("How last week went").doesNotContain("How this week is going");

        // A first recovery win today is this week's, not a reason to look back at a week before it.
        ApiClient.ok(api.post("/api/v1/aims/" + recovery + "/actions", fresh.token(), "{\"kind\":\"BREATHING\"}"),
                201);
        assertThat(today(fresh).body()).doesNotContain("How last week went");
    }

    /** On the other days of the week, the week so far is one link away, and /review opens it. */
    @Test
    void theOtherDaysLinkToTheWeekSoFar() {
        Person old = api.person("old");
        api.step(old, api.aim(old, "Move more"), "{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\"}");
        clock.advance(Duration.ofDays(9));
        Browser browser = signedIn(old);
        assertThat(browser.get("/today").body()).contains("<a href=\"/review\">How this week is going</a>")
                .doesNotContain("How last week went");
        Reply review = browser.get("/review");
        assertThat(review.status()).isEqualTo(303);
        assertThat(review.header("Location")).contains("/review/2026-W48");
    }

    private Browser signedIn(Person who) {
        Browser browser = new Browser(app.url());
        Reply login = browser.get("/login");
        browser.post("/login", Map.of("csrf", Browser.csrf(login), "username", who.username(),
                "password", ApiClient.PASSWORD));
        return browser;
    }

    private Reply today(Person who) {
        return signedIn(who).get("/today");
    }
}
