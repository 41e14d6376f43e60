package coach.kaizen.app.journeys;

import static coach.kaizen.app.testing.ApiClient.json;
import static coach.kaizen.app.testing.ApiClient.ok;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.Chromium;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * The log of a whole journey (signing up, a new password, reminders and a webhook set, a token made and used on
 * the API, check-ins with notes on Today and on the API, a slip told, the daily session with its question
 * answered, the journal searched, the calendar feed fetched by its secret address) has a line for every
 * request, by route template, and none of what the person typed, their password, token, cookie or feed secret.
 */
class QuietLogsBrowserIT extends BrowserJourney {

    private static final String NEW_PASSWORD = "a new long secret";
    private static final String NOTE = "walked past the bakery at 7am";
    private static final String SLIP = "the office party, everyone was drinking";
    private static final String TODAY_NOTE = "stretched beside the radiator";
    private static final String ANSWER = "my sister Maribel helps when I call her";
    private static final String SEARCHED = "Maribel";
    private static final String WEBHOOK = "https://hooks.example/kz-hook-7f3a9c";

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
        setReminders();
        page.navigate(app.url() + "settings/account");
        exact("Name").fill("garden script");
        press("Make a token");
        String token = page.locator("code.secret").textContent();
        List<String> cookies = context.cookies().stream().map(cookie -> cookie.value).toList();

        ApiClient api = new ApiClient(app.url());
        Person person = new Person(0, "quiet", token, 0);
        long aimId = ok(api.post("/api/v1/aims", token, "{\"title\":\"Drink less\",\"kind\":\"RECOVER\"}"), 201)
                .get("id").asLong();
        long moveMore = api.aim(person, "Move more");
        long stepId = api.step(person, moveMore);
        api.step(person, moveMore, "{\"action\":\"Stretch\",\"amount\":2,\"unit\":\"minutes\"}");
        ok(api.put("/api/v1/steps/" + stepId + "/check-ins/2026-09-14", token,
                json(Map.of("outcome", "DONE", "note", NOTE))), 201);
        ok(api.post("/api/v1/aims/" + aimId + "/slips", token, json(Map.of("date", "2026-09-14", "happening", SLIP))), 201);
        String feed = ok(api.post("/api/v1/calendar-feed", token, null), 201).get("url").asText();
        String secret = feed.substring(feed.lastIndexOf('/') + 1);
        assertThat(api.get(URI.create(feed).getPath(), null).status()).isEqualTo(200);
        checkInOnToday();
        dailySession();
        page.navigate(app.url() + "journal");
        page.getByLabel("Search your answers").fill(SEARCHED);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator(".journal .entry .answer")).hasText(ANSWER);

        List<String> lines = lines();
        assertThat(lines).contains("POST /signup 303", "POST /settings/account/password 303",
                "POST /settings/reminders 303", "POST /settings/reminders/webhook 303",
                "POST /settings/account/tokens 200", "POST /api/v1/aims/{aimId}/slips 201",
                "PUT /api/v1/steps/{stepId}/check-ins/{date} 201", "GET /api/v1/calendar-feed/{secret} 200",
                "POST /session/arrive 303", "POST /session/question 303", "POST /session/finish 303",
                "GET /journal 200");
        assertThat(lines).anyMatch(line -> line.matches("POST /steps/\\{stepId}/check-ins [23]0\\d"));
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, NEW_PASSWORD, token, NOTE, "bakery", SLIP,
                "office party", secret, "garden script", "kz_", TODAY_NOTE, "radiator", ANSWER, SEARCHED,
                WEBHOOK, "hooks.example", "kz-hook"));
        secrets.addAll(cookies);
        assertThat(cookies).isNotEmpty();
        for (String words : secrets) {
            assertThat(String.join("\n", lines)).as("the log, for what the journey typed or was given")
                    .doesNotContain(words);
        }
    }

    /** Quiet hours, the daily session's reminder and a webhook, on the settings' reminders page. */
    private void setReminders() {
        page.navigate(app.url() + "settings/reminders");
        page.getByLabel("From").fill("22:00");
        page.getByLabel("Until").fill("07:00");
        page.getByLabel("Daily session reminder").fill("20:00");
        press("Save");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        page.getByLabel("Webhook address (http or https)").fill(WEBHOOK);
        press("Save the webhook");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
    }

    /** The second step's check-in on Today, with a note. */
    private void checkInOnToday() {
        page.navigate(app.url() + "today");
        Locator card = page.locator("article.step").filter(new Locator.FilterOptions().setHasText("Stretch"));
        moreAnswers(card);
        card.locator("details.more > summary").click();
        card.getByLabel("Note").fill(TODAY_NOTE);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done").setExact(true)).click();
        assertThat(card.locator("details.more-answers")).hasCount(0);
    }

    /** Today's session from Today to its close, whichever parts the coach chooses, the question answered. */
    private void dailySession() {
        page.navigate(app.url() + "today");
        page.locator(".session-card").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Start today's session")).click();
        page.waitForURL(app.url() + "session/arrive");
        Chromium.tapChip(page.locator("main"), "energy", 6);
        Chromium.tapChip(page.locator("main"), "stress", 4);
        press("Go on");
        boolean answered = false;
        for (int part = 0; !page.url().endsWith("session/close"); part++) {
            assertThat(part).as("parts of the session before its close, at " + page.url()).isLessThan(8);
            String at = page.url();
            if (at.endsWith("session/question")) {
                page.locator("#answer").fill(ANSWER);
                press("Keep my answer");
                answered = true;
            } else {
                page.locator("button.next-part").first().click();
            }
            page.waitForURL(url -> !url.equals(at));
        }
        assertThat(answered).as("the session asked its question").isTrue();
        press("Finish today's session");
        assertThat(page.locator(".checked")).containsText("Session finished");
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
