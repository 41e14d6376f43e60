package coach.kaizen.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form on a Today card sent back keeps what the person wrote, in its open fold, beside the problem. */
class RefusedOnTodayTest extends ApiTestBase {

    @Test
    void aRefusedCheckInKeepsItsAmountAndNote() {
        Person kim = api.person("kim");
        long walk = api.step(kim, api.aim(kim, "Move more"));
        Browser browser = signedIn(kim);
        Map<String, String> sent = Map.of("csrf", Browser.csrf(browser.get("/today")), "from", "today", "day", TODAY,
                "outcome", "DONE", "amount", "lots", "note", "Felt good after");

        Reply card = browser.postByHtmx("/steps/" + walk + "/check-ins", sent);
        assertThat(card.status()).isEqualTo(400);
        assertThat(card.body().strip()).as("the card alone").startsWith("<article class=\"card step\"")
                .contains("The amount must be a number").contains("value=\"lots\"")
                .contains(">Felt good after</textarea>").contains("class=\"more-answers\" open");
        // Without JavaScript the step's page answers, its form as sent.
        Reply page = browser.post("/steps/" + walk + "/check-ins", sent);
        assertThat(page.body()).contains("The amount must be a number").contains("value=\"lots\"")
                .contains(">Felt good after</textarea>");
        assertThat(api.get("/api/v1/steps/" + walk + "/check-ins", kim.token()).json()).as("nothing saved").isEmpty();
    }

    @Test
    void aRefusedSmallerSizeKeepsWhatWasTyped() {
        Person lev = api.person("lev");
        long walk = api.step(lev, api.aim(lev, "Move more"),
                "{\"action\":\"Walk\",\"amount\":10,\"unit\":\"minutes\"}");
        Browser browser = signedIn(lev);
        String csrf = Browser.csrf(browser.get("/today"));
        Reply refused = browser.postByHtmx("/steps/" + walk + "/choices", Map.of("csrf", csrf, "from", "today",
                "size", "a bit"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"a bit\"").contains("class=\"smaller\" open")
                .doesNotContain("class=\"more-answers\" open");

        Reply empty = browser.postByHtmx("/steps/" + walk + "/choices", Map.of("csrf", csrf, "from", "today",
                "size", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).as("sent empty, the fold stays open by its problem")
                .contains("Size is needed: how much you will do today.")
                .contains("class=\"smaller\" open");
    }

    /** "How are you today?" sent with nothing chosen says so, rather than nothing at all. */
    @Test
    void howYouAreSentEmptySaysNothingWasChosen() {
        Person mae = api.person("mae");
        api.step(mae, api.aim(mae, "Move more"));
        Browser browser = signedIn(mae);
        Reply refused = browser.post("/today/readiness", Map.of("csrf", Browser.csrf(browser.get("/today"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Nothing was chosen: tap a number for any of them");
        assertThat(api.get("/api/v1/readiness/" + TODAY, mae.token()).json().get("energy").isNull()).isTrue();
    }
}
