package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.WebhookReceiver;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Setting reminders on a phone: a step's times, quiet hours, a calendar address, a webhook and its test. */
class RemindersBrowserIT extends BrowserJourney {

    @Override
    protected Map<String, String> settings() {
        return Map.of("KAIZEN_LOCAL_REMINDERS", "allow"); // the test's webhook listens on this machine
    }

    @Override
    protected Instant start() {
        return Instant.parse("2026-11-21T09:00:00Z");
    }

    @Test
    void aPersonSetsTheirRemindersAndGetsATest() {
        Person ana = app.services().accounts().signUp("ana", PASSWORD, Place.in("Europe/Paris"), null);
        Aim aim = app.services().aims().create(ana, new AimDraft("Move more", AimKind.BUILD));
        Step walk = app.services().steps().create(ana, aim.id(), new StepDraft("Walk", new Sizing(5, "minutes", 1, 1, null), null));
        open(false);
        logIn("ana");

        page.navigate(app.url() + "steps/" + walk.id());
        page.locator("details.edit > summary").click();
        page.getByLabel("Reminder times (optional)").fill("18:00 7.30");
        page.locator("form[action='/steps/" + walk.id() + "'] button[type=submit]").first().click();
        assertThat(page.locator("#form-error")).containsText("7.30");
        problems.removeIf(problem -> problem.contains("400") && problem.contains(app.url() + "steps/" + walk.id()));
        page.getByLabel("Reminder times (optional)").fill("18:00, 7:30");
        page.locator("form[action='/steps/" + walk.id() + "'] button[type=submit]").first().click();
        expectAt("steps/" + walk.id() + "?saved");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                .hasText("Saved: the step is as you changed it.");
        page.locator("details.edit > summary").click();
        assertThat(page.getByLabel("Reminder times (optional)")).hasValue("07:30, 18:00");

        page.navigate(app.url() + "settings");
        page.getByText("Reminders: quiet hours, a calendar feed, a webhook").click();
        expectAt("settings/reminders");
        page.getByLabel("From").fill("22:00");
        page.getByLabel("Until").fill("07:00");
        page.getByLabel("Daily session reminder").fill("20:00");
        press("Save");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("Saved.");
        assertThat(page.getByLabel("From")).hasValue("22:00");

        press("Make a calendar address");
        String feed = page.getByLabel("Your private calendar address").inputValue();
        assertThat(feed).startsWith(app.url() + "api/v1/calendar-feed/").endsWith(".ics");
        assertThat(page.request().get(feed).text()).contains("SUMMARY:Walk").contains("SUMMARY:Your daily session");

        try (WebhookReceiver webhook = WebhookReceiver.start()) {
            page.getByLabel("Webhook address (http or https)").fill("ftp://files.example/drop");
            press("Save the webhook");
            assertThat(page.locator("#form-error")).containsText("https://");
            problems.removeIf(problem -> problem.contains("400") && problem.contains(app.url() + "settings/reminders/webhook"));
            page.getByLabel("Webhook address (http or https)").fill(webhook.url().toString());
            press("Save the webhook");
            press("Send a test");
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                    .hasText("A test reminder is on its way.");
            assertThat(webhook.received()).as("the test alone: 07:30 was set after it rang today").singleElement()
                    .satisfies(json -> assertThat(json.get("title").asText()).isEqualTo("Reminders are on their way"));
        }
        screenshot("reminders-phone.png");
        assertNoProblems();
    }
}
