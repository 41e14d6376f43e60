package coach.kaizen.app.steps;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An aim form refused on a page names its choices as the form shows them, not the API's codes. */
class AimFormWordsTest extends ApiTestBase {

    @Test
    void aCounterOnAnAimToBuildIsRefusedInTheFormsWords() {
        Person ada = api.person("ada");
        Browser browser = signedIn(ada);
        Reply refused = browser.post("/aims", Map.of("csrf", Browser.csrf(browser.get("/aims")), "title", "Walk more",
                "kind", "BUILD", "counterFrom", TODAY));

        assertThat(refused.body()).contains("“Count the days since” is for a Recover aim: leave it empty, or choose "
                + "Recover.").doesNotContain("kind RECOVER");
        assertThat(api.get("/api/v1/aims", ada.token()).json()).as("nothing saved").isEmpty();
    }

    /** An empty box is named by its label, in the person's language: never "obstacle", "text" or "change". */
    @Test
    void anEmptyBoxIsNamedAsTheFormLabelsIt() {
        Person ada = api.person("ada");
        long aim = api.recoveryAim(ada, "Less wine");
        long step = api.step(ada, aim);
        Browser browser = signedIn(ada);
        String csrf = Browser.csrf(browser.get("/aims/" + aim));
        assertThat(browser.post("/aims/" + aim + "/obstacles", Map.of("csrf", csrf, "action", "add", "text", "")).body())
                .contains("“Something that gets in the way” is required");
        assertThat(browser.post("/aims/" + aim + "/actions", Map.of("csrf", csrf, "kind", "OWN", "text", "")).body())
                .contains("“In your own words” is required");
        assertThat(browser.post("/steps/" + step + "/experiments", Map.of("csrf", csrf, "kind", "TIME", "change", "",
                "days", "7")).body()).contains("“What will you change?” is required");
        api.patch("/api/v1/me", ada.token(), "{\"language\":\"es\"}");
        assertThat(browser.post("/aims/" + aim + "/obstacles", Map.of("csrf", csrf, "action", "add", "text", "")).body())
                .contains("Falta «Algo que se pone en medio»").doesNotContain("falta obstacle");
    }

    @Test
    void aCounterFromBefore1900IsRefusedInTheFormsWords() {
        Person ada = api.person("ada");
        Browser browser = signedIn(ada);
        Reply refused = browser.post("/aims", Map.of("csrf", Browser.csrf(browser.get("/aims")), "title", "No smoking",
                "kind", "RECOVER", "counterFrom", "1800-01-01"));

        assertThat(refused.body()).contains("“Count the days since” can go back as far as 1 January 1900.")
                .contains("min=\"1900-01-01\"");
        assertThat(api.get("/api/v1/aims", ada.token()).json()).as("nothing saved").isEmpty();
    }

    @Test
    void anAimSavedSaysSo() {
        Person ada = api.person("ada");
        long aim = api.aim(ada, "Walk more");
        Browser browser = signedIn(ada);
        Reply saved = browser.post("/aims/" + aim, Map.of("csrf", Browser.csrf(browser.get("/aims/" + aim)),
                "title", "Walk every day", "kind", "BUILD", "identity", ""));
        assertThat(saved.header("Location")).contains("/aims/" + aim + "?saved");
        assertThat(browser.get("/aims/" + aim + "?saved").body()).contains("<h1>Walk every day</h1>",
                "<p class=\"checked\" role=\"status\" tabindex=\"-1\" autofocus>Saved: the aim is as you changed it.</p>");
        assertThat(browser.get("/aims/" + aim).body()).doesNotContain("Saved: the aim");
    }

    /** Empty or mistyped fields on a page are named by their labels, never by the API's field names. */
    @Test
    void fieldsAreNamedAsTheFormsLabelThem() {
        Person ada = api.person("ada");
        long aim = api.aim(ada, "Walk more");
        long step = api.step(ada, aim);
        Browser browser = signedIn(ada);
        String csrf = Browser.csrf(browser.get("/aims"));
        assertThat(browser.post("/aims", Map.of("csrf", csrf, "title", " ", "kind", "BUILD")).body())
                .contains("“What do you want to improve?” is required").doesNotContain("itle is required");
        assertThat(browser.post("/aims", Map.of("csrf", csrf, "title", "Quit", "kind", "RECOVER", "counterFrom",
                "soon")).body()).contains("“Count the days since” must be a real date").doesNotContain("ounterFrom must");
        assertThat(browser.post("/aims/" + aim + "/steps", Map.of("csrf", csrf, "action", "", "amount", "5",
                "unit", "minutes", "every", "day")).body()).contains("“The tiny action” is required");
        assertThat(browser.post("/steps/" + step + "/check-ins", Map.of("csrf", csrf, "day", TODAY,
                "outcome", "DONE", "resistance", "11")).body())
                .contains("“How hard was it to start?” goes from 0 to 10").doesNotContain("esistance must");
        api.patch("/api/v1/me", ada.token(), "{\"language\":\"es\"}");
        assertThat(browser.post("/aims", Map.of("csrf", csrf, "title", " ", "kind", "BUILD")).body())
                .contains("Falta «¿Qué quieres mejorar?»");
    }
}
