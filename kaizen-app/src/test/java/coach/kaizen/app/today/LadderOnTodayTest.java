package coach.kaizen.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import org.junit.jupiter.api.Test;

/** A ladder's card on Today says which rung today's is, of how many, in the person's language. */
class LadderOnTodayTest extends ApiTestBase {

    @Test
    void aLadderSaysWhichRungOfHowMany() {
        Person lia = api.person("lia");
        api.step(lia, api.aim(lia, "Calm"), "{\"action\":\"Meditate\",\"rungs\":[\"Sit down\",\"Three breaths\","
                + "\"One minute\"],\"amount\":2}");
        assertThat(signedIn(lia).get("/today").body()).contains("<strong class=\"size\">Three breaths</strong>",
                "<span class=\"rung-of\">rung 2 of 3</span>");
        api.patch("/api/v1/me", lia.token(), "{\"language\":\"es\"}");
        assertThat(signedIn(lia).get("/today").body()).contains("<span class=\"rung-of\">peldaño 2 de 3</span>");
    }

    @Test
    void aStepWithAnAmountSaysNoRung() {
        Person lia = api.person("lia");
        api.step(lia, api.aim(lia, "Move more"));
        assertThat(signedIn(lia).get("/today").body()).doesNotContain("rung-of\">");
    }
}
