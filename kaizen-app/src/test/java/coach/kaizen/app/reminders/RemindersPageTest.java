package coach.kaizen.app.reminders;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import org.junit.jupiter.api.Test;

/** The reminders page lists which steps remind the person, and when, each linked to where it is changed. */
class RemindersPageTest extends ApiTestBase {

    @Test
    void eachStepThatRemindsIsListedWithItsTimes() {
        Person ida = api.person("ida");
        assertThat(signedIn(ida).get("/settings/reminders").body()).contains("No step reminds you yet.");

        long aim = api.aim(ida, "Move more");
        long walk = api.step(ida, aim);
        long swim = api.step(ida, aim, "{\"action\":\"Swim\",\"amount\":10,\"unit\":\"minutes\"}");
        api.step(ida, aim, "{\"action\":\"Stretch\",\"amount\":2,\"unit\":\"minutes\"}");
        ok(api.patch("/api/v1/steps/" + walk, ida.token(), "{\"reminders\":[\"19:00\",\"07:30\"]}"), 200);
        ok(api.patch("/api/v1/steps/" + swim, ida.token(), "{\"reminders\":[\"12:00\"],\"archived\":true}"), 200);

        String page = signedIn(ida).get("/settings/reminders").body();
        assertThat(page).contains("<a href=\"/steps/" + walk + "?edit#reminders\">Walk</a>:", "07:30, 19:00")
                .as("set aside: no reminders").doesNotContain("Swim")
                .as("no times").doesNotContain(">Stretch<")
                .doesNotContain("No step reminds you yet.");
        assertThat(signedIn(ida).get("/steps/" + walk + "?edit").body()).as("the step's form, open at its times")
                .contains("<details class=\"edit\" open>", "id=\"reminders\"");
        assertThat(signedIn(ida).get("/steps/" + walk).body()).doesNotContain("<details class=\"edit\" open>");
    }
}
