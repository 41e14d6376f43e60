package coach.kaizen.app.recovery;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A recovery aim's wins, urges and slips over /api/v1. */
class RecoveryApiTest extends ApiTestBase {

    @Test
    void theSlipPageTakesTheDayAStepCardNamesAndSaysWhenThatIsNoDay() {
        Person lou = api.person("lou");
        long aim = api.recoveryAim(lou, "Less wine");
        Browser browser = signedIn(lou);
        assertThat(browser.get("/aims/" + aim + "/slip").body()).contains("value=\"" + TODAY + "\"")
                .as("no day after today to pick").contains("max=\"" + TODAY + "\"");
        assertThat(browser.get("/aims/" + aim + "/slip?date=" + EARLIER_START).body())
                .contains("value=\"" + EARLIER_START + "\"");
        long slip = ok(api.post("/api/v1/aims/" + aim + "/slips", lou.token(), "{\"date\":\"" + TODAY + "\"}"), 201)
                .get("id").asLong();
        assertThat(browser.get("/slips/" + slip).body()).as("an aim with no step yet")
                .contains("How sure are you that today can go the way you want it to?",
                        "href=\"/slips/" + slip + "?skipped\">Skip this one</a>")
                .doesNotContain("today's step");
        assertThat(browser.get("/slips/" + slip + "?skipped").body()).as("the question can be passed on")
                .contains("What comes next").doesNotContain("How sure are you");
        ApiClient.Reply soon = browser.get("/aims/" + aim + "/slip?date=soon");
        assertThat(soon.status()).isEqualTo(400);
        assertThat(soon.body()).contains("The day must be a real date written YYYY-MM-DD, not 'soon'");
    }

    /** Words typed in the card's own-win field before a listed win is tapped are kept as a win too, not dropped. */
    @Test
    void wordsTypedBesideATappedWinAreKept() {
        Person lou = api.person("lou");
        long aim = api.recoveryAim(lou, "Less wine");
        Browser browser = signedIn(lou);
        String csrf = Browser.csrf(browser.get("/today"));
        ApiClient.Reply tapped = browser.post("/aims/" + aim + "/actions", Map.of("csrf", csrf, "from", "today",
                "kind", "BREATHING", "text", "Walked the dog instead"));
        assertThat(tapped.status()).as(tapped.toString()).isEqualTo(303);
        assertThat(tapped.header("Location")).hasValue("/today?won=" + aim);
        assertThat(browser.get("/today?won=" + aim).body()).as("said on the card, where the keyboard lands")
                .contains("<p class=\"checked\" role=\"status\" tabindex=\"-1\" autofocus>Logged: one more win");
        assertThat(browser.get("/today").body()).doesNotContain("Logged: one more win");
        ApiClient.Reply noAim = browser.get("/today?won=99999999999999999999");
        assertThat(noAim.status()).isEqualTo(200);
        assertThat(noAim.body()).as("no aim of hers, no word").doesNotContain("Logged: one more win");
        JsonNode wins = ok(api.get("/api/v1/aims/" + aim + "/actions", lou.token()), 200);
        assertThat(wins.findValuesAsText("kind")).containsExactlyInAnyOrder("BREATHING", "OWN");
        assertThat(wins.findValuesAsText("text")).contains("Walked the dog instead");
        // Logged as words of their own, the words are one win, not two.
        browser.post("/aims/" + aim + "/actions", Map.of("csrf", csrf, "from", "today", "kind", "OWN",
                "text", "Called my sister"));
        assertThat(ok(api.get("/api/v1/aims/" + aim + "/actions", lou.token()), 200)).hasSize(3);
    }

    /** "No, not this time" leads to where the slip can be told, and tells nothing by itself. */
    @Test
    void anUrgeThatDidNotPassLeadsToTheSlipPage() {
        Person lou = api.person("lou");
        long aim = api.recoveryAim(lou, "Less wine");
        Browser browser = signedIn(lou);
        String csrf = Browser.csrf(browser.get("/aims/" + aim + "/urge"));
        ApiClient.Reply passed = browser.post("/aims/" + aim + "/urges", Map.of("csrf", csrf, "intensity", "6",
                "passed", "true"));
        assertThat(passed.header("Location")).contains("/aims/" + aim + "/recovery?passed");
        assertThat(browser.get(passed.header("Location").orElseThrow()).body())
                .contains("Logged: the urge passed. Riding it out counts.");
        assertThat(browser.get("/aims/" + aim + "/recovery").body()).doesNotContain("Logged:");
        assertThat(browser.post("/aims/" + aim + "/urges", Map.of("csrf", csrf, "passed", "false")).body())
                .as("no strength said").contains("Say how strong the urge is, from 0 to 10.");
        ApiClient.Reply used = browser.post("/aims/" + aim + "/urges", Map.of("csrf", csrf, "intensity", "8",
                "passed", "false"));
        assertThat(used.status()).isEqualTo(303);
        assertThat(used.header("Location")).contains("/aims/" + aim + "/slip?after=urge");
        assertThat(browser.get(used.header("Location").orElseThrow()).body())
                .contains("Your urge is logged. If it ended in using, you can tell the slip below; it is up to you.");
        assertThat(browser.get("/aims/" + aim + "/slip").body()).doesNotContain("Your urge is logged");
        JsonNode recovery = ok(api.get("/api/v1/aims/" + aim + "/recovery", lou.token()), 200);
        assertThat(recovery.get("urges").asInt()).isEqualTo(2);
        assertThat(recovery.get("urgesPassed").asInt()).isEqualTo(1);
        assertThat(ok(api.get("/api/v1/aims/" + aim + "/slips", lou.token()), 200)).as("no slip told").isEmpty();
    }

    /** A Recover aim with wins stays one: as a Build aim its wins, urges and slips would drop out of sight. */
    @Test
    void aRecoverAimHoldingWinsIsNotTurnedIntoOneToBuild() {
        Person lou = api.person("lou");
        long empty = api.recoveryAim(lou, "Less sugar");
        ok(api.patch("/api/v1/aims/" + empty, lou.token(), "{\"kind\":\"BUILD\"}"), 200);
        long aim = api.recoveryAim(lou, "Less wine");
        ok(api.post("/api/v1/aims/" + aim + "/actions", lou.token(), "{\"kind\":\"BREATHING\"}"), 201);
        problem(api.patch("/api/v1/aims/" + aim, lou.token(), "{\"kind\":\"BUILD\"}"), 422,
                "this aim holds recovery wins, urges or slips, which a Build aim would hide");
        assertThat(ok(api.get("/api/v1/aims/" + aim, lou.token()), 200).get("kind").asText()).isEqualTo("RECOVER");
        ok(api.patch("/api/v1/aims/" + aim, lou.token(), "{\"title\":\"No wine on weekdays\"}"), 200);
    }

    @Test
    void winsUrgesAndSlipsAreKeptAndTheTotalsNeverGoDown() {
        Person kim = api.person("kim");
        long aim = ok(api.post("/api/v1/aims", kim.token(),
                "{\"title\":\"Less wine\",\"kind\":\"RECOVER\",\"counterFrom\":\"2026-11-01\"}"), 201)
                .get("id").asLong();
        long step = api.step(kim, aim);
        String base = "/api/v1/aims/" + aim;
        assertThat(ok(api.get(base + "/recovery", kim.token()), 200).get("daysSince").asInt()).isEqualTo(20);

        JsonNode win = ok(api.post(base + "/actions", kim.token(), "{\"kind\":\"BOUNDARY\"}"), 201);
        assertThat(win.get("text").asText()).isEqualTo("A boundary set");
        ok(api.post(base + "/actions", kim.token(), "{\"kind\":\"OWN\",\"text\":\"Cooked dinner\"}"), 201);
        JsonNode urge = ok(api.post(base + "/urges", kim.token(),
                "{\"intensity\":7,\"trigger\":\"payday\",\"passed\":true}"), 201);
        assertThat(urge.get("date").asText()).isEqualTo(TODAY);
        JsonNode slip = ok(api.post(base + "/slips", kim.token(), "{\"date\":\"" + TODAY
                + "\",\"happening\":\"A party\",\"nextTime\":\"Bring my own drinks\",\"asObstacle\":true}"), 201);
        assertThat(slip.get("confidence").isNull()).isTrue();
        JsonNode sure = ok(api.put("/api/v1/slips/" + slip.get("id").asLong() + "/confidence", kim.token(),
                "{\"confidence\":6}"), 200);
        assertThat(sure.get("confidence").asInt()).isEqualTo(6);

        JsonNode recovery = ok(api.get(base + "/recovery", kim.token()), 200);
        assertThat(recovery.get("actions").asInt()).isEqualTo(2);
        assertThat(recovery.get("urgesPassed").asInt()).isEqualTo(1);
        assertThat(recovery.get("daysSince").asInt()).as("counted from the slip").isZero();
        assertThat(texts(recovery.get("todaysWins"))).containsExactly("A boundary set", "Cooked dinner",
                "An urge that passed (7 of 10)");
        assertThat(texts(recovery.get("recentTriggers"))).containsExactly("payday");
        assertThat(ok(api.get("/api/v1/steps/" + step + "/check-ins", kim.token()), 200).get(0).get("outcome")
                .asText()).isEqualTo("SLIP");
        assertThat(ok(api.get(base + "/obstacles", kim.token()), 200).get(0).get("text").asText())
                .isEqualTo("Bring my own drinks");
        assertThat(ok(api.get(base + "/actions", kim.token()), 200)).hasSize(2);
        assertThat(ok(api.get(base + "/urges", kim.token()), 200)).hasSize(1);
        assertThat(ok(api.get(base + "/slips", kim.token()), 200)).hasSize(1);
    }

    @Test
    void everyRunAndWhatWasNotSpentAreRead() {
        Person ida = api.person("ida");
        long aim = ok(api.post("/api/v1/aims", ida.token(),
                "{\"title\":\"No smoking\",\"kind\":\"RECOVER\",\"counterFrom\":\"2026-11-01\"}"), 201)
                .get("id").asLong();
        String base = "/api/v1/aims/" + aim;
        JsonNode before = ok(api.get(base + "/recovery", ida.token()), 200);
        assertThat(before.get("notSpent").isNull()).isTrue();
        assertThat(before.get("runs").get("all")).hasSize(1);
        ok(api.post(base + "/slips", ida.token(), "{\"date\":\"2026-11-15\"}"), 201);

        JsonNode recovery = ok(api.put(base + "/not-spent", ida.token(),
                "{\"moneyPerDay\":7.5,\"currency\":\"€\",\"minutesPerDay\":20}"), 200);
        JsonNode runs = recovery.get("runs");
        assertThat(runs.get("all").findValuesAsText("days")).containsExactly("14", "6");
        assertThat(runs.get("all").get(1).get("from").asText()).isEqualTo("2026-11-15");
        assertThat(runs.get("longest").get("days").asInt()).isEqualTo(14);
        assertThat(runs.get("totalDays").asInt()).isEqualTo(20);
        assertThat(texts(runs.get("milestonesReached"))).containsExactly("1");
        assertThat(runs.get("nextMilestone").asInt()).isEqualTo(7);
        JsonNode notSpent = recovery.get("notSpent");
        assertThat(notSpent.get("moneyPerDay").decimalValue()).isEqualByComparingTo("7.50");
        assertThat(notSpent.get("currency").asText()).isEqualTo("€");
        assertThat(notSpent.get("currentRun").get("money").decimalValue()).isEqualByComparingTo("45");
        assertThat(notSpent.get("inAll").get("days").asInt()).isEqualTo(19);
        assertThat(notSpent.get("inAll").get("minutes").asInt()).isEqualTo(380);
        assertThat(ok(api.get(base + "/recovery", ida.token()), 200).get("notSpent")).isEqualTo(notSpent);

        problem(api.sendingBadInput().put(base + "/not-spent", ida.token(), "{\"moneyPerDay\":-1}"), 400, "money a day must be");
        problem(api.sendingBadInput().put(base + "/not-spent", ida.token(), "{\"moneyPerDay\":2.345}"), 400, "at most 2 decimals");
        problem(api.sendingBadInput().put(base + "/not-spent", ida.token(), "{\"minutesPerDay\":1441}"), 400, "minutes a day");
        problem(api.sendingBadInput().put(base + "/not-spent", ida.token(), "{\"moneyPerDay\":\"lots\"}"), 400, "'moneyPerDay'");
        problem(api.sendingBadInput().put(base + "/not-spent", ida.token(), "{\"pounds\":3}"), 400, "unknown field 'pounds'");
        problem(api.put("/api/v1/aims/" + api.aim(ida, "Walk") + "/not-spent", ida.token(), "{\"minutesPerDay\":5}"),
                422, "is an aim to build up");
        problem(api.put(base + "/not-spent", api.person("jo").token(), "{\"minutesPerDay\":5}"), 404,
                "no aim with that id");
        assertThat(ok(api.get(base + "/recovery", ida.token()), 200).get("notSpent")).as("refusals change nothing")
                .isEqualTo(notSpent);

        assertThat(ok(api.put(base + "/not-spent", ida.token(), "{}"), 200).get("notSpent").isNull())
                .as("all left out stops the counting").isTrue();
    }

    @Test
    void badRecoveryInputIsRefusedAndChangesNothing() {
        Person lou = api.person("lou");
        long aim = api.recoveryAim(lou, "Less wine");
        String base = "/api/v1/aims/" + aim;
        problem(api.sendingBadInput().post(base + "/actions", lou.token(), "{\"kind\":\"HUG\"}"), 400, "'kind' must be one of");
        problem(api.post(base + "/actions", lou.token(), "{\"kind\":\"OWN\"}"), 400, "text is required");
        problem(api.sendingBadInput().post(base + "/actions", lou.token(), "{}"), 400, "kind is required");
        problem(api.sendingBadInput().post(base + "/urges", lou.token(), "{\"intensity\":11,\"passed\":true}"), 400,
                "intensity must be from 0 to 10");
        problem(api.post(base + "/urges", lou.token(), "{\"intensity\":4}"), 400, "passed is required");
        problem(api.sendingBadInput().post(base + "/urges", lou.token(), "{\"intensity\":\"high\",\"passed\":true}"), 400,
                "'intensity'");
        problem(api.sendingBadInput().post(base + "/slips", lou.token(), "{}"), 400, "date is required");
        problem(api.post(base + "/slips", lou.token(), "{\"date\":\"2026-11-22\"}"), 422, "up to 7 days back");
        problem(api.sendingBadInput().post(base + "/slips", lou.token(), "{\"date\":\"2026-13-01\"}"), 400, "'date'");
        problem(api.sendingBadInput().post(base + "/slips", lou.token(), "{\"date\":\"" + TODAY + "\",\"mood\":1}"), 400,
                "unknown field 'mood'");
        long slip = ok(api.post(base + "/slips", lou.token(), "{\"date\":\"" + TODAY + "\"}"), 201).get("id").asLong();
        problem(api.sendingBadInput().put("/api/v1/slips/" + slip + "/confidence", lou.token(), "{\"confidence\":-1}"), 400,
                "confidence must be from 0 to 10");
        problem(api.patch("/api/v1/aims/" + aim, lou.token(), "{\"counterFrom\":\"2026-12-01\"}"), 422,
                "the counter can count from today");
        for (String ancient : new String[] {"1899-12-31", "-999999999-01-01"}) {
            problem(api.sendingBadInput().patch("/api/v1/aims/" + aim, lou.token(), "{\"counterFrom\":\"" + ancient + "\"}"), 400,
                    "the counter can count from 1900-01-01 or a later day, not " + ancient);
        }
        long build = api.aim(lou, "Walk");
        problem(api.post("/api/v1/aims/" + build + "/urges", lou.token(), "{\"intensity\":4,\"passed\":true}"),
                422, "is an aim to build up");
        problem(api.patch("/api/v1/aims/" + build, lou.token(), "{\"counterFrom\":\"2026-11-01\"}"), 400,
                "goes with a recovery aim");

        JsonNode recovery = ok(api.get(base + "/recovery", lou.token()), 200);
        assertThat(recovery.get("actions").asInt()).isZero();
        assertThat(recovery.get("urges").asInt()).isZero();
        assertThat(recovery.get("daysSince").isNull()).isTrue();
        assertThat(ok(api.get(base + "/slips", lou.token()), 200).get(0).get("confidence").isNull()).isTrue();

        Person mo = api.person("mo");
        problem(api.get(base + "/recovery", mo.token()), 404, "no aim with that id");
        problem(api.post(base + "/actions", mo.token(), "{\"kind\":\"BOUNDARY\"}"), 404, "no aim with that id");
        problem(api.put("/api/v1/slips/" + slip + "/confidence", mo.token(), "{\"confidence\":5}"), 404,
                "no slip with that id");
    }
}
