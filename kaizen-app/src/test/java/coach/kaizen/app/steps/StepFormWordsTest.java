package coach.kaizen.app.steps;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step form refused on a page names its fields as the form labels them; the API keeps its field names. */
class StepFormWordsTest extends ApiTestBase {

    @Test
    void aSizeThatCannotWorkIsSaidInTheFormsOwnWords() {
        Person eve = api.person("eve");
        long aimId = api.aim(eve, "Move more");
        Browser browser = signedIn(eve);
        String path = "/aims/" + aimId;

        Reply belowFloor = addStep(browser, path, Map.of("amount", "1", "floor", "2"));
        assertThat(belowFloor.body()).contains("The amount must be at least the smallest version (2).");
        Reply huge = addStep(browser, path, Map.of("amount", "5", "quantum", "1e-300"));
        assertThat(huge.body()).contains("“Counted in steps of” must be at least 0.001.");
        Reply between = addStep(browser, path, Map.of("amount", "8", "quantum", "5"));
        assertThat(between.body()).contains("The starting amount (8) is not a whole number of steps of 5, so the "
                + "first day could not show it: make it 5 or 10, or count in steps of 1.");
        // The form leaves the quantum blank, so 2.5 km is counted in steps that fit it.
        assertThat(browser.get(path).body()).contains("name=\"quantum\" value=\"\"");
        assertThat(addStep(browser, path, Map.of("amount", "2,5", "unit", "km")).status()).isEqualTo(303);
        JsonNode saved = api.get("/api/v1/aims/" + aimId + "/steps", eve.token()).json();
        assertThat(saved).as("none of the refused ones saved").hasSize(1);
        assertThat(saved.get(0).get("quantum").asDouble()).isEqualTo(0.5);

        // The API, for programs, names the fields as its JSON does.
        assertThat(api.sendingBadInput().post("/api/v1/aims/" + aimId + "/steps", eve.token(),
                "{\"action\":\"Walk\",\"amount\":1,\"floor\":2,\"unit\":\"minutes\"}").body())
                .contains("amount must be at least the floor (2)");
    }

    /** A Spanish page writes 2.5 as 2,5 in its fields too, and the form sent back as shown keeps the step as it was. */
    @Test
    void formFieldsWriteNumbersAsThePersonsLanguageDoes() {
        Person eve = api.person("eve");
        long aimId = api.aim(eve, "Move more");
        Browser browser = signedIn(eve);
        String path = "/aims/" + aimId;
        assertThat(addStep(browser, path, Map.of("amount", "2.5", "unit", "km")).status()).isEqualTo(303);
        long stepId = api.get("/api/v1/aims/" + aimId + "/steps", eve.token()).json().get(0).get("id").asLong();
        assertThat(browser.get("/steps/" + stepId).body()).contains("name=\"amount\" value=\"2.5\"");

        api.patch("/api/v1/me", eve.token(), "{\"language\":\"es\"}");
        Reply page = browser.get("/steps/" + stepId);
        assertThat(page.body()).contains("name=\"amount\" value=\"2,5\"", "name=\"quantum\" value=\"0,5\"",
                "name=\"floor\" value=\"0,5\"");
        assertThat(browser.get("/today").body()).as("make it smaller")
                .containsPattern("name=\"size\" inputmode=\"decimal\"\\s+value=\"0,5\"");
        Map<String, String> asShown = new HashMap<>(Map.of("csrf", Browser.csrf(page), "action", "Walk",
                "amount", "2,5", "unit", "km", "quantum", "0,5", "floor", "0,5", "every", "day"));
        assertThat(browser.post("/steps/" + stepId, asShown).status()).isEqualTo(303);
        JsonNode kept = api.get("/api/v1/aims/" + aimId + "/steps", eve.token()).json().get(0);
        assertThat(kept.get("amount").asDouble()).isEqualTo(2.5);
        assertThat(kept.get("quantum").asDouble()).isEqualTo(0.5);
        assertThat(kept.get("floor").asDouble()).isEqualTo(0.5);
    }

    /** "1.000" is a thousand in Spanish and one in English: a number grouped in thousands is asked again, never read as 1. */
    @Test
    void aNumberGroupedInThousandsIsAskedAgainInEitherLanguage() {
        Person eve = api.person("eve");
        long aimId = api.aim(eve, "Move more");
        Browser browser = signedIn(eve);
        String path = "/aims/" + aimId;
        assertThat(addStep(browser, path, Map.of("amount", "1,000", "unit", "steps")).body())
                .contains("The amount is written without a thousands mark, like 1000 or 2.5");
        api.patch("/api/v1/me", eve.token(), "{\"language\":\"es\"}");
        assertThat(addStep(browser, path, Map.of("amount", "1.000", "unit", "pasos")).body())
                .contains("La cantidad se escribe sin separador de miles, como 1000 o 2,5");
        assertThat(api.get("/api/v1/aims/" + aimId + "/steps", eve.token()).json()).as("nothing saved").isEmpty();
        assertThat(addStep(browser, path, Map.of("amount", "1,500", "unit", "km")).status()).as("1,5 in Spanish")
                .isEqualTo(303);
        assertThat(api.get("/api/v1/aims/" + aimId + "/steps", eve.token()).json().get(0).get("amount").asDouble())
                .isEqualTo(1.5);
    }

    @Test
    void aNumberTheFormCannotReadIsNamedAsTheFormLabelsItInEitherLanguage() {
        Person eve = api.person("eve");
        long aimId = api.aim(eve, "Move more");
        Browser browser = signedIn(eve);
        String path = "/aims/" + aimId;

        assertThat(addStep(browser, path, Map.of("amount", "5", "quantum", "five")).body())
                .contains("“Counted in steps of” must be a number").doesNotContain("quantum must");
        assertThat(addStep(browser, path, Map.of("amount", "5", "every", "times", "times", "2.5")).body())
                .contains("“Times” must be a whole number").doesNotContain("times must");

        api.patch("/api/v1/me", eve.token(), "{\"language\":\"es\"}");
        assertThat(addStep(browser, path, Map.of("amount", "cinco")).body())
                .contains("La cantidad admite solo un número").doesNotContain("amount admite");
        assertThat(api.get("/api/v1/aims/" + aimId + "/steps", eve.token()).json()).as("nothing saved").isEmpty();
    }

    @Test
    void aLaddersFormAsksOnlyItsStartingRungAndClearingItsRungsAsksForAUnit() {
        Person ivy = api.person("ivy");
        long aimId = api.aim(ivy, "Calm");
        long id = api.post("/api/v1/aims/" + aimId + "/steps", ivy.token(),
                "{\"action\":\"Meditate\",\"rungs\":[\"Sit down\",\"Three breaths\"],\"amount\":2}").json()
                .get("id").asLong();
        Browser browser = signedIn(ivy);
        Reply page = browser.get("/steps/" + id);
        assertThat(page.body()).doesNotContain("name=\"unit\"", "name=\"ceiling\"", "value=\"rungs\"")
                .contains("name=\"amount\" value=\"2\"");

        Reply noRungs = browser.post("/steps/" + id, Map.of("csrf", Browser.csrf(page), "action", "Meditate",
                "amount", "2", "every", "day"));
        assertThat(noRungs.body()).contains("Say the unit: what the amount counts, like minutes or pages.")
                .as("without rungs, the form asks for an amount's fields again").contains("name=\"unit\"");
        assertThat(api.get("/api/v1/steps/" + id, ivy.token()).json().get("rungs")).as("still a ladder").hasSize(2);
    }

    @Test
    void aStepSetAsideOnItsPageIsMarkedOnItsAimAndBroughtBack() {
        Person joy = api.person("joy");
        long aimId = api.aim(joy, "Move more");
        long walk = api.step(joy, aimId);
        Browser browser = signedIn(joy);
        Reply page = browser.get("/steps/" + walk);
        assertThat(page.body()).contains("Set this step aside").doesNotContain("This step is set aside");

        assertThat(browser.post("/steps/" + walk + "/aside", Map.of("csrf", Browser.csrf(page))).status())
                .isEqualTo(303);
        Reply aside = browser.get("/steps/" + walk);
        assertThat(aside.body()).contains("This step is set aside").contains("Bring it back to Today")
                .contains("Set aside at ").doesNotContain("Today: ")
                .doesNotContain("Set this step aside")
                .contains("bring it back to Today to start one").doesNotContain("id=\"start-experiment\"");
        assertThat(browser.get("/aims/" + aimId).body()).contains("· set aside");
        assertThat(browser.get("/today").body()).doesNotContain("article class=\"card step");

        Reply brought = browser.post("/steps/" + walk + "/back", Map.of("csrf", Browser.csrf(aside)));
        assertThat(brought.header("Location")).contains("/steps/" + walk + "?back");
        Reply back = browser.get(brought.header("Location").orElseThrow());
        assertThat(back.body()).doesNotContain("This step is set aside").contains("id=\"start-experiment\"")
                .contains("<p class=\"checked\" role=\"status\" tabindex=\"-1\" autofocus>Back on Today: the coach asks it again from today.</p>");
        assertThat(api.get("/api/v1/steps/" + walk, joy.token()).json().get("archived").asBoolean()).isFalse();
        assertThat(browser.post("/steps/999999/aside", Map.of("csrf", Browser.csrf(back))).status()).isEqualTo(404);
    }

    private static Reply addStep(Browser browser, String aimPath, Map<String, String> sizes) {
        Map<String, String> form = new HashMap<>(Map.of("csrf", Browser.csrf(browser.get(aimPath)), "action", "Walk",
                "unit", "minutes", "every", "day"));
        form.putAll(sizes);
        return browser.post(aimPath + "/steps", form);
    }
}
