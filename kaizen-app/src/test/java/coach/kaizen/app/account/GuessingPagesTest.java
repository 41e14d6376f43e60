package coach.kaizen.app.account;

import static coach.kaizen.app.testing.Browser.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.Browser;
import coach.kaizen.app.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages under guessing: the sign-in, sign-up and password forms pause with a kind word and
 * {@code Retry-After}; a person's own pages and every API answer are kept by no cache; and a sign-in
 * left unused for the idle timeout ends, while one in use slides on.
 */
class GuessingPagesTest {

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(GuessingApiTest.NOW);
    private App app;

    @BeforeEach
    void start() {
        app = GuessingApiTest.start(folder, clock, "");
        app.services().accounts().signUp("ana", GuessingApiTest.PASSWORD, Place.in("UTC"), null);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Reply logIn(Browser browser, String username, String password) {
        Reply page = browser.get("/login");
        return browser.post("/login", Map.of("csrf", csrf(page), "username", username, "password", password));
    }

    @Test
    void theSignInFormPausesKindlyAndSaysWhenToTryAgain() {
        Browser browser = new Browser(app.url());
        for (int wrong = 1; wrong <= 5; wrong++) {
            assertThat(logIn(browser, "ana", GuessingApiTest.WRONG).status()).isEqualTo(401);
        }
        Reply paused = logIn(browser, "ana", GuessingApiTest.PASSWORD);
        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.header("Retry-After")).contains("1");
        assertThat(paused.body()).contains("Please try again in 1 second.").contains("name=\"username\"")
                .contains("value=\"ana\"");
        clock.advance(Duration.ofSeconds(1));
        assertThat(logIn(browser, "ana", GuessingApiTest.PASSWORD).status()).as("after the wait").isEqualTo(303);
    }

    @Test
    void theSignUpFormCountsEachAddressesSignUps() {
        Browser browser = new Browser(app.url());
        for (int name = 1; name <= 20; name++) {
            Reply page = browser.get("/signup");
            assertThat(browser.post("/signup", Map.of("csrf", csrf(page), "username", "ana", "password",
                    "a long secret", "timeZone", "UTC")).status()).isEqualTo(409);
        }
        Reply page = browser.get("/signup");
        Reply paused = browser.post("/signup", Map.of("csrf", csrf(page), "username", "newcomer", "password",
                "a long secret", "timeZone", "UTC"));
        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.header("Retry-After")).contains("1");
        assertThat(paused.body()).contains("Please try again in 1 second.");
    }

    @Test
    void signedInPagesAndEveryApiAnswerAreKeptByNoCacheAndTheAppsFilesAre() {
        Browser browser = new Browser(app.url());
        assertThat(logIn(browser, "ana", GuessingApiTest.PASSWORD).status()).isEqualTo(303);
        for (String path : new String[] {"/today", "/aims", "/settings/account", "/help", "/"}) {
            Reply page = browser.get(path);
            assertThat(page.header("Cache-Control")).as(path + " (" + page.status() + ")").contains("no-store");
        }
        assertThat(browser.get("/assets/kaizen.css").header("Cache-Control").orElse(""))
                .as("the app's files keep their caching").doesNotContain("no-store");
        ApiClient api = new ApiClient(app.url());
        String token = api.postFrom("192.0.2.1", "/api/v1/tokens", ApiClient.json(Map.of("username", "ana",
                "password", GuessingApiTest.PASSWORD, "name", "laptop"))).json().get("token").asText();
        for (Reply answer : new Reply[] {api.get("/api/v1/me", token), api.get("/api/v1/aims", token),
                api.get("/api/v1/me", null), api.get("/api/v1/nothing-here", token)}) {
            assertThat(answer.header("Cache-Control")).as(answer.toString()).contains("no-store");
        }
    }

    @Test
    void aSignInEndsAfterTwelveHoursUnusedAndSlidesWhileInUse() {
        Browser browser = new Browser(app.url());
        assertThat(logIn(browser, "ana", GuessingApiTest.PASSWORD).status()).isEqualTo(303);
        clock.advance(Duration.ofHours(11));
        assertThat(browser.get("/today").status()).as("11 hours on").isEqualTo(200);
        clock.advance(Duration.ofHours(11));
        assertThat(browser.get("/today").status()).as("22 hours on, 11 since last seen").isEqualTo(200);
        clock.advance(Duration.ofMinutes(3));
        assertThat(browser.get("/today").status()).isEqualTo(200);
        clock.advance(Duration.ofHours(12).minusMinutes(3));
        assertThat(browser.get("/today").status()).as("12 hours since last noted").isEqualTo(303);
    }
}
