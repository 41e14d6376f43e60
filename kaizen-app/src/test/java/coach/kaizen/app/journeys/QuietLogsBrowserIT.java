package coach.kaizen.app.journeys;

import static coach.kaizen.app.testing.ApiClient.json;
import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.BrowserJourney;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The log of a whole journey (signing up, a new password, a token made and used on the API, a check-in with a
 * note, a slip told, the calendar feed fetched by its secret address) has a line for every request,
 * by route template, and none of what the person typed, their password, token, cookie or feed secret.
 */
class QuietLogsBrowserIT extends BrowserJourney {

    private static final String NEW_PASSWORD = "a new long secret";
    private static final String NOTE = "walked past the bakery at 7am";
    private static final String SLIP = "the office party, everyone was drinking";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @Override
    protected Instant start() {
        return Instant.parse("2026-09-14T08:00:00Z");
    }

    @BeforeEach
    void listen() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(log);
    }

    @Test
    void theLogSaysWhatWasAskedAndNothingThatWasSaid() throws Exception {
        open(true);
        newAccount("quiet");
        page.navigate(app.url() + "settings/account");
        exact("Current password").fill(PASSWORD);
        exact("New password").fill(NEW_PASSWORD);
        press("Change my password");
        page.waitForURL("**/settings/account?done=password");
        exact("Name").fill("garden script");
        press("Make a token");
        String token = page.locator("code.secret").textContent();
        List<String> cookies = context.cookies().stream().map(cookie -> cookie.value).toList();

        ApiClient api = new ApiClient(app.url());
        Person person = new Person(0, "quiet", token, 0);
        long aimId = ok(api.post("/api/v1/aims", token, "{\"title\":\"Drink less\",\"kind\":\"RECOVER\"}"), 201)
                .get("id").asLong();
        long stepId = api.step(person, api.aim(person, "Move more"));
        ok(api.put("/api/v1/steps/" + stepId + "/check-ins/2026-09-14", token,
                json(Map.of("outcome", "DONE", "note", NOTE))), 201);
        ok(api.post("/api/v1/aims/" + aimId + "/slips", token, json(Map.of("date", "2026-09-14", "happening", SLIP))), 201);
        String feed = ok(api.post("/api/v1/calendar-feed", token, null), 201).get("url").asText();
        String secret = feed.substring(feed.lastIndexOf('/') + 1);
        assertThat(api.get(URI.create(feed).getPath(), null).status()).isEqualTo(200);

        List<String> lines = lines();
        assertThat(lines).contains("POST /signup 303", "POST /settings/account/password 303",
                "POST /settings/account/tokens 200", "POST /api/v1/aims/{aimId}/slips 201",
                "PUT /api/v1/steps/{stepId}/check-ins/{date} 201", "GET /api/v1/calendar-feed/{secret} 200");
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, NEW_PASSWORD, token, NOTE, "bakery", SLIP,
                "office party", secret, "garden script", "kz_"));
        secrets.addAll(cookies);
        assertThat(cookies).isNotEmpty();
        for (String words : secrets) {
            assertThat(String.join("\n", lines)).as("the log, for what the journey typed or was given")
                    .doesNotContain(words);
        }
    }

    /** Each line as logged, without its time and elapsed milliseconds. */
    private List<String> lines() {
        return log.list.stream().map(event -> event.getFormattedMessage().replaceFirst(" \\d+ms$", ""))
                .toList();
    }

    private Locator exact(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
