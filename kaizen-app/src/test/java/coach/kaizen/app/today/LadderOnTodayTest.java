package coach.kaizen.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import org.junit.jupiter.api.Test;

/**
 * A ladder's card on Today says which rung today's is, of how many, in the person's language; its
 * page lists the rungs, its aim counts them, and its form asks only what a ladder has.
 */
class LadderOnTodayTest extends ApiTestBase {

    @Test
    void aLadderSaysWhichRungOfHowMany() {
        Person lia = api.person("lia");
        api.step(lia, api.aim(lia, "Calm"), "{\"action\":\"Meditate\",\"rungs\":[\"Sit down\",\"Three breaths\","
                + "\"One minute\"],\"amount\":2}");
        assertThat(signedIn(lia).get("/today").body()).contains("<strong class=\"size\">Three breaths</strong>",
                "<span class=\"rung-of\">rung 2 of 3</span>");
        assertThat(signedIn(lia).get("/today").body()).as("Make it smaller offers the rungs below today's only")
                .contains("<option value=\"1\">").doesNotContain("<option value=\"2\">");
        api.patch("/api/v1/me", lia.token(), "{\"language\":\"es\"}");
        assertThat(signedIn(lia).get("/today").body()).contains("<span class=\"rung-of\">peldaño 2 de 3</span>");
    }

    @Test
    void aStepWithAnAmountSaysNoRung() {
        Person lia = api.person("lia");
        api.step(lia, api.aim(lia, "Move more"));
        assertThat(signedIn(lia).get("/today").body()).doesNotContain("rung-of\">");
    }

    @Test
    void aLaddersPagesShowItsRungsAndAskOnlyWhatALadderHas() {
        Person lia = api.person("lia");
        long aim = api.aim(lia, "Calm");
        long step = api.step(lia, aim, "{\"action\":\"Meditate\",\"rungs\":[\"Sit down\",\"Three breaths\","
                + "\"One minute\"],\"amount\":2}");
        var browser = signedIn(lia);
        String page = browser.get("/steps/" + step).body();
        assertThat(page).contains("<li>Sit down</li>",
                "<li aria-current=\"step\"><strong>Three breaths</strong> <span class=\"muted\">(where you are)</span></li>",
                "<li>One minute</li>", "Rung to start on (1 for the first)")
                .doesNotContain("id=\"quantum\"", "id=\"floor\"", "id=\"ceiling\"", "id=\"unit\"");
        assertThat(browser.get("/aims/" + aim).body()).contains("3 rungs from “Three breaths”, every day");
        assertThat(browser.get("/review/2026-W47").body()).as("a rung in the week's words is quoted, as elsewhere")
                .contains("it is at “Three breaths”");

        // A hard day offers the first rung; the ladder still stands on the second.
        api.put("/api/v1/readiness/" + TODAY, lia.token(), "{\"energy\":1}");
        assertThat(browser.get("/steps/" + step).body()).contains("Today: Sit down,",
                "<li aria-current=\"step\"><strong>Three breaths</strong> <span class=\"muted\">(where you are)</span></li>");

        long walk = api.step(lia, aim);
        assertThat(browser.get("/steps/" + walk).body()).as("a step with an amount keeps its fields")
                .contains("id=\"quantum\"", "id=\"floor\"", "id=\"ceiling\"", "id=\"unit\"", "Starting amount")
                .doesNotContain("class=\"rungs\"");
    }
}
