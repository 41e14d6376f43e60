package coach.kaizen.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
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
}
