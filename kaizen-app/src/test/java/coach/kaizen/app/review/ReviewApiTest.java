package coach.kaizen.app.review;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The weekly review over /api/v1/review/{week}; today is Saturday 21 November 2026, in ISO week 47. */
class ReviewApiTest extends ApiTestBase {

    @Test
    void aWeekInReviewWithTheWeeksBesideIt() {
        Person pat = api.person("pat");
        long walk = earlierStep(pat);
        doneOn(pat, walk, "2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17", "2026-11-19");

        JsonNode week = ok(api.get("/api/v1/review/2026-W47", pat.token()), 200);
        assertThat(week.get("week").asText()).isEqualTo("2026-W47");
        assertThat(week.get("from").asText()).isEqualTo("2026-11-16");
        assertThat(week.get("to").asText()).isEqualTo("2026-11-22");
        assertThat(week.get("soFar").asBoolean()).isTrue();
        assertThat(week.get("previous").asText()).isEqualTo("2026-W46");
        assertThat(week.get("next").isNull()).as("never a week to come").isTrue();
        JsonNode step = week.get("steps").get(0);
        assertThat(step.get("stepId").asLong()).isEqualTo(walk);
        assertThat(step.get("done").asInt()).isEqualTo(3);
        // A week still going counts the days so far: Monday to Friday; today, Saturday, has nothing said yet.
        assertThat(step.get("due").asInt()).isEqualTo(5);
        assertThat(week.get("days").findValuesAsText("stepsDone")).as("Monday to today, Saturday: no day to come")
                .containsExactly("1", "1", "0", "1", "0", "0");
        assertThat(week.get("recovery").get("wins").asInt()).isZero();
        String page = signedIn(pat).get("/review/2026-W47").body();
        assertThat(page).as("a week going is told so far")
                .contains("So far this week you showed up on 3 days, with 3 steps done.");
        assertThat(page.indexOf("<h3")).as("the days' chart under What went well, its h3 under that h2")
                .isBetween(page.indexOf("What went well"), page.indexOf("Step by step"));

        JsonNode before = ok(api.get("/api/v1/review/2026-W46", pat.token()), 200);
        assertThat(before.get("soFar").asBoolean()).isFalse();
        assertThat(before.get("previous").isNull()).as("nothing of Pat's is older").isTrue();
        assertThat(before.get("next").asText()).isEqualTo("2026-W47");
        assertThat(before.get("steps").get(0).get("due").asInt()).as("begun Wednesday 11th").isEqualTo(5);
        assertThat(before.get("suggestion").asText())
                .isEqualTo("“Walk” happened on 2 of 5 days. A smaller size could make it easier to start: "
                        + "anything down to 1 minute counts fully.");
        // The step began on Wednesday: the week is Pat's from that day, not seven days with two missed before it.
        assertThat(before.get("days").findValuesAsText("day")).first().isEqualTo("2026-11-11");
        assertThat(before.get("days")).hasSize(5);
        assertThat(signedIn(pat).get("/review/2026-W46").body())
                .contains("You showed up on 2 days of the 5 since you began, with 2 steps done.");

        // Weeks from Sunday: 2026-W47 is the week holding its Monday, Sun 15 to Sat 21 November.
        ok(api.patch("/api/v1/me", pat.token(), "{\"weekStart\":\"SUNDAY\"}"), 200);
        JsonNode sunday = ok(api.get("/api/v1/review/2026-W47", pat.token()), 200);
        assertThat(sunday.get("from").asText()).isEqualTo("2026-11-15");
        assertThat(sunday.get("to").asText()).isEqualTo("2026-11-21");
        assertThat(sunday.get("steps").get(0).get("done").asInt()).isEqualTo(4);
        assertThat(sunday.get("next").isNull()).isTrue();

        Person quinn = api.person("quinn");
        assertThat(ok(api.get("/api/v1/review/2026-W47", quinn.token()), 200).get("steps")).as("Pat's are Pat's")
                .isEmpty();
    }

    /** Where a step stands at the end of a week is the size it is asked next, as Today asks it. */
    @Test
    void aNotTodayTodayShowsInTheWeeksSizeAtOnce() {
        Person uma = api.person("uma");
        long walk = earlierStep(uma);
        doneOn(uma, walk, "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20");
        double askedToday = ok(api.get("/api/v1/today", uma.token()), 200).get(0).get("size").asDouble();
        assertThat(ok(api.get("/api/v1/review/2026-W47", uma.token()), 200).get("steps").get(0).get("after")
                .asDouble()).as("today not said yet: where Today stands now").isEqualTo(askedToday);
        ok(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, uma.token(), "{\"outcome\":\"MISSED\"}"), 201);

        double nextTime = ok(api.get("/api/v1/today", uma.token()), 200).get(0).get("size").asDouble();

        JsonNode step = ok(api.get("/api/v1/review/2026-W47", uma.token()), 200).get("steps").get(0);
        assertThat(step.get("after").asDouble()).isLessThan(askedToday).isEqualTo(nextTime);
    }

    @Test
    void aStepSetAsideIsInAWeekOnlyIfSomethingWasSaidOfItThen() {
        Person rae = api.person("rae");
        long walk = earlierStep(rae);
        ok(api.put("/api/v1/steps/" + walk + "/check-ins/2026-11-14", rae.token(), "{\"outcome\":\"DONE\"}"), 201);
        ok(api.patch("/api/v1/steps/" + walk, rae.token(), "{\"archived\":true}"), 200);

        assertThat(ok(api.get("/api/v1/review/2026-W46", rae.token()), 200).get("steps")).hasSize(1);
        JsonNode thisWeek = ok(api.get("/api/v1/review/2026-W47", rae.token()), 200);
        assertThat(thisWeek.get("steps")).as("put by: no days missed").isEmpty();
        assertThat(thisWeek.get("suggestion").asText()).doesNotContain("Walk");
    }

    /** A week over is said in the past: a Monday step begun on a Wednesday had no day "that week", not "yet". */
    @Test
    void aWeekOverIsNotSaidAsStillGoing() {
        Person rob = api.person("rob");
        long walk = earlierStep(rob);
        ok(api.patch("/api/v1/steps/" + walk, rob.token(), "{\"schedule\":\"mon\"}"), 200);
        assertThat(signedIn(rob).get("/review/2026-W46").body())
                .contains("“Walk”: no day of it that week; it was at 5 minutes.").doesNotContain("yet this week");
        JsonNode before = ok(api.get("/api/v1/review/2026-W40", rob.token()), 200);
        assertThat(before.get("suggestion").asText()).as("a week before anything of Rob's, typed in")
                .isEqualTo("This week came before your first step here, so there is nothing of yours in it.");
        assertThat(before.get("steps")).isEmpty();
        assertThat(signedIn(rob).get("/review/2025-W02").body()).as("a week of another year, before anything of Rob's")
                .contains("Mon 6 Jan 2025 to Sun 12 Jan 2025", "This week came before your first step here")
                .doesNotContain("A quiet week", "What went well");
    }

    /** A slip on an aim with no step yet: the week says so, kindly, and is not called quiet. */
    @Test
    void aWeekWithASlipSaysSoRatherThanQuiet() {
        Person ros = api.person("ros");
        long aim = api.recoveryAim(ros, "Less wine");
        JsonNode nothingYet = ok(api.get("/api/v1/review/2026-W47", ros.token()), 200);
        assertThat(nothingYet.get("suggestion").asText()).startsWith("Nothing is planned so far this week");
        assertThat(nothingYet.get("days")).as("no day of Ros's yet").isEmpty();
        assertThat(signedIn(ros).get("/review/2026-W47").body()).as("only the coach's word, no empty chart")
                .contains("Nothing is planned so far this week").doesNotContain("A quiet week", "<svg");
        ok(api.post("/api/v1/aims/" + aim + "/slips", ros.token(), "{\"date\":\"" + TODAY + "\"}"), 201);
        JsonNode week = ok(api.get("/api/v1/review/2026-W47", ros.token()), 200);
        assertThat(week.get("suggestion").asText())
                .isEqualTo("A slip so far this week, told honestly: what you have built is still yours. "
                        + "One small step for the days left?");
        assertThat(week.get("previous").isNull()).as("nothing before this week").isTrue();
        ok(api.post("/api/v1/aims/" + aim + "/slips", ros.token(), "{\"date\":\"2026-11-15\"}"), 201);
        assertThat(ok(api.get("/api/v1/review/2026-W47", ros.token()), 200).get("previous").asText())
                .as("a week with a slip in it is a week to look back on").isEqualTo("2026-W46");
    }

    @Test
    void aWeekThatIsNoWeekOrNotBegunIsSaidPlainly() {
        Person ray = api.person("ray");
        problem(api.get("/api/v1/review/2026-W48", ray.token()), 404, "no review of that week yet");
        problem(api.get("/api/v1/review/2026-W60", ray.token()), 400, "a week is written like 2026-W49");
        problem(api.get("/api/v1/review/2025-W53", ray.token()), 400, "not '2025-W53'");
        problem(api.get("/api/v1/review/soon", ray.token()), 400, "a week is written like");
        assertThat(api.get("/api/v1/review/2026-W47", null).status()).isEqualTo(401);
    }

    private static void doneOn(Person who, long step, String... days) {
        for (String day : days) {
            ok(api.put("/api/v1/steps/" + step + "/check-ins/" + day, who.token(), "{\"outcome\":\"DONE\"}"), 201);
        }
    }
}
