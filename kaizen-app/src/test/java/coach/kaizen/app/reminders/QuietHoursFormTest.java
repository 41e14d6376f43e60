package coach.kaizen.app.reminders;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quiet hours on the reminders page: half of them is said plainly, and an empty box is no time to misread. */
class QuietHoursFormTest extends ApiTestBase {

    @Test
    void aStartWithoutAnEndIsAskedForTheEndAndNothingIsSaved() {
        Person ida = api.person("ida");
        Browser browser = signedIn(ida);
        Reply half = browser.post("/settings/reminders", Map.of("csrf", Browser.csrf(browser.get("/settings/reminders")),
                "quietFrom", "22:00", "quietTo", "", "session", ""));
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.body()).contains("Quiet hours need both a start and an end, or neither.")
                .doesNotContain("\u201c\u201d");

        Reply none = browser.post("/settings/reminders", Map.of("csrf", Browser.csrf(half), "quietFrom", "",
                "quietTo", "", "session", ""));
        assertThat(none.status()).as("neither is none: saved").isEqualTo(303);
        assertThat(browser.get("/settings/reminders").body()).contains("name=\"quietFrom\" type=\"time\" value=\"\"");
    }

    @Test
    void aSessionReminderItsQuietHoursWouldHoldPastTheDayIsSaidNotToCome() {
        Person ivo = api.person("ivo");
        Browser browser = signedIn(ivo);
        String silent = "Your session reminder at 23:00 falls in your quiet hours";
        Reply late = browser.post("/settings/reminders", Map.of("csrf", Browser.csrf(browser.get("/settings/reminders")),
                "quietFrom", "22:00", "quietTo", "07:00", "session", "23:00"));
        assertThat(late.status()).as("saved all the same: it is theirs to choose").isEqualTo(303);
        Reply page = browser.get("/settings/reminders");
        assertThat(page.body()).contains(silent);

        browser.post("/settings/reminders", Map.of("csrf", Browser.csrf(page), "quietFrom", "22:00", "quietTo", "07:00",
                "session", "21:00"));
        assertThat(browser.get("/settings/reminders").body()).doesNotContain("falls in your quiet hours");
    }

    /** A step's time in quiet hours that end after the day is over is named under the step, not dropped unsaid. */
    @Test
    void aStepsTimeItsQuietHoursWouldHoldPastTheDayIsSaidNotToCome() {
        Person ivo = api.person("ivo");
        long walk = api.step(ivo, api.aim(ivo, "Move more"));
        ok(api.patch("/api/v1/steps/" + walk, ivo.token(), "{\"reminders\":[\"07:30\",\"23:30\"]}"), 200);
        Browser browser = signedIn(ivo);
        assertThat(browser.get("/settings/reminders").body()).as("no quiet hours: every time comes")
                .doesNotContain("in your quiet hours");
        browser.post("/settings/reminders", Map.of("csrf", Browser.csrf(browser.get("/settings/reminders")),
                "quietFrom", "22:00", "quietTo", "07:00", "session", ""));
        assertThat(browser.get("/settings/reminders").body()).contains("07:30, 23:30",
                "23:30 falls in your quiet hours, which end after your day is over, so it will not come. Move it, or "
                        + "the quiet hours.");
    }
}
