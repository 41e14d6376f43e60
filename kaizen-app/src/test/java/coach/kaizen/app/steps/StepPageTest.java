package coach.kaizen.app.steps;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import org.junit.jupiter.api.Test;

/** A step's page, as its person reads it. */
class StepPageTest extends ApiTestBase {

    @Test
    void recentDaysSayTheAmountDoneWhenOneWasSaid() {
        Person ivo = api.person("ivo");
        long run = api.step(ivo, api.aim(ivo, "Move more"), "{\"action\":\"Run\",\"amount\":2.5,\"unit\":\"km\"}");
        api.put("/api/v1/steps/" + run + "/check-ins/" + TODAY, ivo.token(), "{\"outcome\":\"DONE\",\"amount\":3.5}");

        String recent = signedIn(ivo).get("/steps/" + run).body();
        recent = recent.substring(recent.indexOf("<ul class=\"days\">"));
        assertThat(recent.substring(0, recent.indexOf("</ul>"))).contains("<span class=\"amount\">3.5 km</span>");
    }

    @Test
    void theEarlierDayFormSaysWhichDaysItTakes() {
        Person una = api.person("una");
        long walk = api.step(una, api.aim(una, "Move more"));
        assertThat(signedIn(una).get("/steps/" + walk).body())
                .contains("This step began today, so today is the only day to say yet")
                .doesNotContain("Any of the last seven days");
    }
}
