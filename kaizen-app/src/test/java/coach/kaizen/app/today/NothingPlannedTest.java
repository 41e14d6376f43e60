package coach.kaizen.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Someone with nothing planned is shown where to begin, not a session with nothing in it. */
class NothingPlannedTest extends ApiTestBase {

    @Test
    void todayOffersTheSessionOnceThereIsAStepToDo() {
        Person nell = api.person("nell");
        String empty = signedIn(nell).get("/today").body();
        assertThat(empty).contains("Choose an aim and a first tiny step").doesNotContain("session-card");

        api.step(nell, api.aim(nell, "Move more"));
        assertThat(signedIn(nell).get("/today").body()).contains("session-card").contains("Start today's session");
    }

    @Test
    void aDayWithNoStepDueSaysWhyInsteadOfOfferingAFirstStep() {
        Person ned = api.person("ned");
        long aimId = api.aim(ned, "Move more");
        String tomorrow = LocalDate.parse(TODAY).plusDays(1).getDayOfWeek().name().substring(0, 3);
        api.step(ned, aimId, "{\"action\":\"Swim\",\"amount\":5,\"unit\":\"minutes\",\"schedule\":\""
                + tomorrow.toLowerCase(Locale.ROOT) + "\"}");
        assertThat(signedIn(ned).get("/today").body()).contains("No step is due today")
                .doesNotContain("Choose an aim and a first tiny step").doesNotContain("session-card");
        // Beside a step due today, the other one is named with its days, not left out without a word.
        api.step(ned, aimId);
        String both = signedIn(ned).get("/today").body();
        assertThat(both.substring(both.indexOf("other-days-title"))).contains("On other days").contains(">Swim</a>")
                .doesNotContain(">Walk</a>");

        Person ada = api.person("ada");
        long walk = api.step(ada, api.aim(ada, "Move more"));
        api.patch("/api/v1/steps/" + walk, ada.token(), "{\"archived\":true}");
        assertThat(signedIn(ada).get("/today").body()).contains("Your steps are set aside")
                .doesNotContain("Choose an aim and a first tiny step").doesNotContain("No step is due today");
    }
}
