package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.BrowserJourney;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No network: Today, help and the safety plan open from the copy kept on the phone and say so; a
 * check-in tapped then waits on the phone, says so, and arrives exactly once when the network is
 * back, however often it is sent. Signing out leaves none of it behind.
 */
class OfflineCheckInBrowserIT extends BrowserJourney {

    private static final String TODAY = "2026-11-21";

    private ApiClient api;
    private Person uma;
    private long stepId;

    @Override
    protected Instant start() {
        return Instant.parse("2026-11-21T09:00:00Z");
    }

    @BeforeEach
    void aPersonWithAStepOnAPhone() {
        api = new ApiClient(app.url());
        uma = api.person("uma");
        stepId = api.step(uma, api.aim(uma, "Move more"));
        open(true);
        logIn(uma.username());
        // The worker takes charge, and keeps Today, help and the safety plan.
        page.evaluate("navigator.serviceWorker.ready");
        page.reload();
        page.waitForFunction("caches.open('kaizen-pages').then((cache) => cache.keys())"
                + ".then((kept) => kept.length === 3)");
    }

    /** Today asked as a win's answer (?won=) says the win was logged: that is never the copy kept for later. */
    @Test
    void aPageThatSaysWhatWasJustDoneIsNotTheCopyKept() {
        long wine = api.recoveryAim(uma, "Less wine");
        page.navigate(app.url() + "today?won=" + wine);
        assertThat(page.locator("p.checked")).hasText("Logged: one more win for today. Each one counts.");
        context.setOffline(true);
        page.navigate(app.url() + "today");
        assertThat(page.locator("[data-offline]")).containsText("You are offline.");
        assertThat(page.locator("p.checked")).hasCount(0);
    }

    @Test
    void todayHelpAndTheSafetyPlanOpenWithoutANetwork() {
        context.setOffline(true);
        for (String path : List.of("today", "help", "safety-plan")) {
            page.navigate(app.url() + path);
            assertThat(page.locator("h1")).isVisible();
            assertThat(page.locator("[data-offline]")).hasText("You are offline. This is the copy saved on this device; a check-in you make now "
                            + "will wait here and be sent when you are back online.");
        }
        assertThat(page.locator("h1")).hasText("My safety plan");
        screenshot("offline-safety-plan.png");

        context.setOffline(false);
        page.navigate(app.url() + "today");
        assertThat(page.locator("[data-offline]")).isHidden();
        assertNoProblems();
    }

    @Test
    void aCheckInMadeOfflineWaitsAndArrivesExactlyOnce() {
        page.navigate(app.url() + "today");
        context.setOffline(true);
        Locator card = page.locator("#step-" + stepId);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done").setExact(true)).click();

        assertThat(card.locator("[data-waiting]")).hasText("Saved on this device, waiting to be sent.");
        assertThat(page.locator("[data-offline]")).containsText(
                "1 check-in is waiting on this device to be sent.");
        assertThat(checkIns()).isEmpty();
        // Opened again without a network, the page still knows what waits.
        page.navigate(app.url() + "today");
        assertThat(page.locator("#step-" + stepId + " [data-waiting]")).isVisible();
        screenshot("offline-check-in-waiting.png");
        String queued = page.evaluate("KaizenQueue.all().then((items) => JSON.stringify(items))").toString();
        assertThat(queued).contains("\"action\":\"/steps/" + stepId + "/check-ins\"", "idempotency-key=",
                "outcome=DONE");

        context.setOffline(false);
        // Back online, it goes, and Today shows the card as the server has it.
        assertThat(page.locator("#step-" + stepId + " .checked")).containsText("Done today");
        assertThat(page.locator("[data-offline]")).isHidden();
        List<JsonNode> arrived = checkIns();
        assertThat(arrived).hasSize(1);
        assertThat(arrived.get(0).get("outcome").asText()).isEqualTo("DONE");
        assertThat(page.evaluate("KaizenQueue.all().then((items) => items.length)")).isEqualTo(0);

        // The same queued request sent twice more, after a correction: the server saves neither.
        JsonNode corrected = ApiClient.ok(api.put("/api/v1/steps/" + stepId + "/check-ins/" + TODAY, uma.token(),
                "{\"outcome\":\"SKIPPED\"}"), 200);
        Object statuses = page.evaluate("(queued) => Promise.all([0, 1].map(() => {"
                + " const fields = new URLSearchParams(queued.body);"
                + " fields.set('csrf', document.querySelector('input[name=csrf]').value);"
                + " return fetch(queued.action, { method: 'POST', body: fields, headers: { 'HX-Request': 'true' } })"
                + "   .then((answer) => answer.status); }))", parse(queued));
        assertThat(statuses).isEqualTo(List.of(200, 200));
        assertThat(checkIns()).containsExactly(corrected);
        assertNoProblems();
    }

    @Test
    void aCheckInTheServerTurnsDownIsShownWithItsNoteUntilRead() {
        page.navigate(app.url() + "today");
        context.setOffline(true);
        page.locator("#step-" + stepId).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Done").setExact(true)).click();
        page.evaluate("KaizenQueue.keep('/steps/" + stepId + "/check-ins', new URLSearchParams("
                + "'day=" + TODAY + "&outcome=DONE&note=by+the+river%2C+cold&idempotency-key=k-2'), '" + uma.username() + "')");
        // Meanwhile, on another device, the step is removed: the server will turn both down.
        assertThat(api.delete("/api/v1/steps/" + stepId, uma.token()).status()).isEqualTo(204);

        context.setOffline(false);
        Locator refused = page.locator("[data-refused]");
        assertThat(refused).containsText("2 check-ins made while you were offline could not be saved");
        assertThat(refused.locator("blockquote")).hasText("by the river, cold");
        assertThat(page.locator("#step-" + stepId)).hasCount(0); // Today as the server has it now
        assertThat(page.evaluate("KaizenQueue.all().then((items) => items.filter((item) => item.refused).length)"))
                .isEqualTo(2);
        screenshot("offline-check-in-refused.png");
        page.reload();
        assertThat(refused).containsText("2 check-ins"); // still there until read

        refused.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Got it")).click();
        assertThat(refused).isHidden();
        assertThat(page.evaluate("KaizenQueue.all().then((items) => items.length)")).isEqualTo(0);
    }

    @Test
    void signingOutLeavesNoPagesAndNoCheckInsBehind() {
        page.navigate(app.url() + "today");
        // Whatever waits here when someone signs out goes too: even a check-in of someone before them.
        page.evaluate("KaizenQueue.keep('/steps/" + stepId + "/check-ins', "
                + "new URLSearchParams('day=" + TODAY + "&outcome=DONE&idempotency-key=k-1'), 'someone-before')");
        assertThat(page.evaluate("KaizenQueue.all().then((items) => items.length)")).isEqualTo(1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        page.waitForURL(app.url() + "login");
        page.waitForFunction("caches.keys().then((names) => !names.includes('kaizen-pages'))");
        page.waitForFunction("KaizenQueue.all().then((items) => items.length === 0)");
        assertThat(checkIns()).isEmpty();
        assertNoProblems();
    }

    private List<JsonNode> checkIns() {
        JsonNode list = ApiClient.ok(api.get("/api/v1/steps/" + stepId + "/check-ins", uma.token()), 200);
        return StreamSupport.stream(list.spliterator(), false).toList();
    }

    /** The first queued check-in's action and body, as the page kept them. */
    private static Map<String, String> parse(String json) {
        try {
            JsonNode queued = new ObjectMapper().readTree(json).get(0);
            return Map.of("action", queued.get("action").asText(), "body", queued.get("body").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
