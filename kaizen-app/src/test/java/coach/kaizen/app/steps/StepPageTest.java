package coach.kaizen.app.steps;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step's page, as its person reads it. */
class StepPageTest extends ApiTestBase {

    @Test
    void recentDaysSayTheAmountDoneWhenOneWasSaid() {
        Person ivo = api.person("ivo");
        long run = aRunOf2Point5KmDone(ivo, "{\"outcome\":\"DONE\",\"amount\":3.5,\"resistance\":3}");

        assertThat(recentDays(ivo, run)).contains("<span class=\"amount\">3.5 km</span>")
                .as("as Today asks it").contains("how hard to start: 3 of 10");
    }

    /** Recent days read from today back: a day just said is at the top. */
    @Test
    void recentDaysReadNewestFirst() {
        Person ned = api.person("ned");
        long walk = earlierStep(ned);
        api.put("/api/v1/steps/" + walk + "/check-ins/2026-11-19", ned.token(), "{\"outcome\":\"MISSED\"}");
        api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, ned.token(), "{\"outcome\":\"DONE\"}");
        String recent = recentDays(ned, walk);
        assertThat(recent.indexOf("outcome done")).isPositive().isLessThan(recent.indexOf("outcome missed"));
    }

    /** A day done with no amount said (Done on Today, or the API) was done at the size asked, and says it. */
    @Test
    void aDayDoneWithNoAmountSaysTheSizeAsked() {
        Person ike = api.person("ike");
        long run = aRunOf2Point5KmDone(ike, "{\"outcome\":\"DONE\"}");
        assertThat(recentDays(ike, run)).contains("<span class=\"amount\">2.5 km</span>");
    }

    /** A day done below the size asked says both, so a smaller next size has its reason in sight. */
    @Test
    void aDayDoneBelowTheSizeAskedSaysWhatWasAsked() {
        Person ivy = api.person("ivy");
        long run = aRunOf2Point5KmDone(ivy, "{\"outcome\":\"DONE\",\"amount\":1.5}");
        String page = signedIn(ivy).get("/steps/" + run).body();
        assertThat(page).contains("<span class=\"amount\">1.5 of 2.5 km</span>");
        assertThat(page).as("next time's size with its reason, as Today says it")
                .contains("<p class=\"reason\">Last time you did less than planned, and that is useful to know: 1.5 km fits better this time.</p>");
        api.patch("/api/v1/me", ivy.token(), "{\"language\":\"es\"}");
        assertThat(signedIn(ivy).get("/steps/" + run).body()).contains("<span class=\"amount\">1,5 de 2,5 km</span>");
    }

    @Test
    void theEarlierDayFormSaysWhichDaysItTakes() {
        Person una = api.person("una");
        long walk = api.step(una, api.aim(una, "Move more"));
        assertThat(signedIn(una).get("/steps/" + walk).body())
                .contains("This step began today, so today is the only day to say yet")
                .contains("<h2 id=\"correct\">Check in for today</h2>")
                .doesNotContain("Any of the last seven days", "Check in for an earlier day");
    }

    @Test
    void inSpanishASizeIsWrittenWithADecimalCommaEverywhereItShows() {
        Person sol = api.person("sol");
        long run = aRunOf2Point5KmDone(sol, "{\"outcome\":\"DONE\",\"amount\":3.5}");
        api.patch("/api/v1/me", sol.token(), "{\"language\":\"es\"}");

        String today = signedIn(sol).get("/today").body();
        assertThat(today).contains("2,5 km").doesNotContain("2.5 km");
        String page = signedIn(sol).get("/steps/" + run).body();
        assertThat(page).contains("3,5 km").contains("<td>3,5</td>").doesNotContain("2.5 km").doesNotContain("3.5");
    }

    @Test
    void aDayRefusedOnThePageIsSaidAsADayNotAsCode() {
        Person uri = api.person("uri");
        long walk = api.step(uri, api.aim(uri, "Move more"));
        Browser browser = signedIn(uri);
        String later = LocalDate.parse(TODAY).plusDays(3).toString();
        String page = browser.post("/steps/" + walk + "/check-ins", Map.of("csrf", Browser.csrf(browser.get("/today")),
                "from", "step", "day", later, "outcome", "DONE")).body();

        assertThat(page).contains("today (Saturday 21 November) or an earlier day, not Tuesday 24 November")
                .doesNotContain("not " + later);
        assertThat(api.sendingBadInput().put("/api/v1/steps/" + walk + "/check-ins/" + later, uri.token(),
                "{\"outcome\":\"DONE\"}").body()).as("programs keep ISO days").contains("not " + later);
    }

    @Test
    void onceTodayIsAnsweredThePageSaysNextTimesSizeAsTodaysCardDoes() {
        Person val = api.person("val");
        long walk = api.step(val, api.aim(val, "Move more"),
                "{\"action\":\"Walk\",\"amount\":10,\"unit\":\"minutes\"}");
        api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, val.token(), "{\"outcome\":\"MISSED\"}");
        String next = api.get("/api/v1/today", val.token()).json().get(0).get("sizeText").asText();

        assertThat(signedIn(val).get("/steps/" + walk).body()).contains("Today: 10 minutes")
                .contains("next time: " + next);
    }

    /** On a day the step is not for (a Monday step on a Saturday), the page does not call its size today's. */
    @Test
    void onADayNotForTheStepItsSizeIsNotCalledTodays() {
        Person val = api.person("val");
        long swim = api.step(val, api.aim(val, "Move more"),
                "{\"action\":\"Swim\",\"amount\":10,\"unit\":\"minutes\",\"schedule\":\"mon\"}");
        assertThat(signedIn(val).get("/steps/" + swim).body()).contains("Not a day for it today: at 10 minutes")
                .doesNotContain("Today: 10 minutes");
    }

    /** An earlier day added on the step's page is said saved, where its days are listed. */
    @Test
    void anEarlierDayAddedIsSaidSavedBesideTheDays() {
        Person ula = api.person("ula");
        long walk = earlierStep(ula);
        Browser browser = signedIn(ula);
        Reply added = browser.post("/steps/" + walk + "/check-ins", Map.of("csrf", Browser.csrf(browser.get("/today")),
                "day", "2026-11-19", "outcome", "DONE"));
        assertThat(added.header("Location")).contains("/steps/" + walk + "?checkedIn=2026-11-19");
        assertThat(browser.get(added.header("Location").orElseThrow()).body())
                .contains("<h2 id=\"recent\">", "Saved for Thursday 19 November.");
        assertThat(browser.get("/steps/" + walk + "?checkedIn=soon").body()).doesNotContain("Saved for");
    }

    /** Deleting asks for its box to be ticked, on the server too: a form sent without it deletes nothing. */
    @Test
    void deletingAStepOrAnAimTakesTheirYes() {
        Person dee = api.person("dee");
        long aim = api.aim(dee, "Move more");
        long walk = api.step(dee, aim);
        Browser browser = signedIn(dee);
        String csrf = Browser.csrf(browser.get("/steps/" + walk));

        Reply kept = browser.post("/steps/" + walk + "/delete", Map.of("csrf", csrf));
        assertThat(kept.status()).isEqualTo(400);
        assertThat(kept.body()).contains("Tick “Yes, delete this step and its check-ins” first: nothing was deleted.")
                .contains("value=\"Walk\"");
        Reply aimKept = browser.post("/aims/" + aim + "/delete", Map.of("csrf", csrf));
        assertThat(aimKept.status()).isEqualTo(400);
        assertThat(aimKept.body()).contains("nothing was deleted", "value=\"Move more\"");
        assertThat(api.get("/api/v1/steps/" + walk, dee.token()).status()).isEqualTo(200);

        Reply gone = browser.post("/steps/" + walk + "/delete", Map.of("csrf", csrf, "confirm", "on"));
        assertThat(gone.status()).isEqualTo(303);
        assertThat(browser.get(gone.header("Location").orElseThrow()).body())
                .contains("Deleted: the step and its check-ins are gone.");
        assertThat(api.get("/api/v1/steps/" + walk, dee.token()).status()).isEqualTo(404);
        Reply aimGone = browser.post("/aims/" + aim + "/delete", Map.of("csrf", csrf, "confirm", "on"));
        assertThat(browser.get(aimGone.header("Location").orElseThrow()).body())
                .contains("Deleted: the aim, its steps and their check-ins are gone.");
        assertThat(api.get("/api/v1/aims/" + aim, dee.token()).status()).isEqualTo(404);
        assertThat(browser.get("/aims").body()).doesNotContain("Deleted:");
    }

    /** The list of a step's recent days, as its page shows them to {@code who}. */
    private static String recentDays(Person who, long step) {
        String page = signedIn(who).get("/steps/" + step).body();
        page = page.substring(page.indexOf("<ul class=\"days\">"));
        return page.substring(0, page.indexOf("</ul>"));
    }

    /** A step of 2.5 km, checked in today with {@code checkIn}. */
    private static long aRunOf2Point5KmDone(Person who, String checkIn) {
        long run = api.step(who, api.aim(who, "Move more"), "{\"action\":\"Run\",\"amount\":2.5,\"unit\":\"km\"}");
        api.put("/api/v1/steps/" + run + "/check-ins/" + TODAY, who.token(), checkIn);
        return run;
    }
}
