package coach.kaizen.app.steps;

import static coach.kaizen.app.testing.ApiClient.PASSWORD;
import static coach.kaizen.app.testing.ApiClient.json;
import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static coach.kaizen.app.testing.Browser.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** /api/v1/today, with readiness and a smaller size chosen for a hard day, and a slip said plainly. */
class TodayApiTest extends ApiTestBase {

    // ------------------------------------------------------------------ today

    @Nested
    class Today {

        @Test
        void speaksThePersonsLanguageOnThePageAndInTheApi() {
            Person eva = api.person("eva");
            ok(api.patch("/api/v1/me", eva.token(), "{\"language\":\"es\"}"), 200);
            long stepId = api.step(eva, api.aim(eva, "Moverme"),
                    "{\"action\":\"Caminar\",\"amount\":5,\"unit\":\"minutos\"}");

            JsonNode first = ok(api.get("/api/v1/today", eva.token()), 200).get(0);
            assertThat(first.get("reasonCode").asText()).isEqualTo("FIRST_DAY");
            assertThat(first.get("reason").asText())
                    .isEqualTo("Un primer día: 5 minutos es pequeño a propósito, fácil de empezar y fácil de repetir.");
            // Only the unaccented words: a problem+json body is not yet sent as UTF-8 (Errors, not this area).
            problem(api.post("/api/v1/steps/" + stepId + "/choices", eva.token(), "{\"size\":9}"), 400,
                    "un tama", " puede ir de 1 a 5 hoy");

            Browser browser = browser();
            String formToken = csrf(browser.get("/login"));
            Reply loggedIn = browser.post("/login", Map.of("csrf", formToken, "username", eva.username(),
                    "password", PASSWORD));
            assertThat(loggedIn.status()).as(loggedIn.toString()).isEqualTo(303);
            Reply page = browser.get("/today");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<h2 id=\"readiness-title\">¿Cómo estás hoy?</h2>",
                    "<span class=\"label\">Para hoy</span>", "Un primer día: 5 minutos es pequeño a propósito",
                    ">Hecho</button>", ">Hoy no</button>", ">Saltar (con motivo)</button>",
                    "<summary>Hacerlo más pequeño</summary>", "¿Cuánto te costó empezar?");
            Reply stepPage = browser.get("/steps/" + stepId);
            assertThat(stepPage.body()).contains("<h2 id=\"recent\">Días recientes</h2>", "<p>Aún no hay registros.</p>",
                    "<label for=\"action\">La acción diminuta</label>", ">Ese día no</button>");
        }

        @Test
        void showsEachStepWithItsProposalAndStrength() {
            Person tia = api.person("tia");
            assertThat(ok(api.get("/api/v1/today", tia.token()), 200)).isEmpty();
            long aimId = api.aim(tia, "Move more");
            long walk = api.step(tia, aimId, json(Map.of("action", "Walk", "amount", 5, "unit", "minutes",
                    "anchor", "after lunch")));
            long read = api.step(tia, api.aim(tia, "Read"), "{\"action\":\"Read\",\"amount\":1,\"unit\":\"pages\"}");

            JsonNode today = ok(api.get("/api/v1/today", tia.token()), 200);
            assertThat(today.isArray()).isTrue();
            assertThat(today).hasSize(2);
            JsonNode first = today.get(0);
            assertThat(fieldNames(first)).contains("stepId", "action", "size", "unit", "reason", "strength",
                    "checkedIn");
            assertThat(first.get("stepId").asLong()).isEqualTo(walk);
            assertThat(first.get("aimId").asLong()).isEqualTo(aimId);
            assertThat(first.get("action").asText()).isEqualTo("Walk");
            assertThat(first.get("anchor").asText()).isEqualTo("after lunch");
            assertThat(first.get("date").asText()).isEqualTo(TODAY);
            assertThat(first.get("size").asDouble()).isEqualTo(5.0);
            assertThat(first.get("unit").asText()).isEqualTo("minutes");
            assertThat(first.get("sizeText").asText()).isEqualTo("5 minutes");
            assertThat(first.get("reason").asText()).isNotBlank();
            assertThat(first.get("strength").isNumber()).isTrue();
            assertThat(first.get("strength").asDouble()).isZero();
            assertThat(first.get("checkedIn").isNull()).isTrue();
            assertThat(today.get(1).get("stepId").asLong()).isEqualTo(read);
            assertThat(today.get(1).get("sizeText").asText()).isEqualTo("1 page");
        }

        @Test
        void aStepOnChosenWeekdaysShowsOnlyOnThoseDays() {
            Person val = api.person("val");
            long aimId = api.aim(val, "Move more");
            // 2026-11-21 is a Saturday.
            long weekend = api.step(val, aimId, "{\"action\":\"Hike\",\"amount\":30,\"unit\":\"minutes\",\"schedule\":\"sat,sun\"}");
            long gym = api.step(val, aimId, "{\"action\":\"Gym\",\"amount\":20,\"unit\":\"minutes\",\"schedule\":\"mon,wed,fri\"}");
            long swim = api.step(val, aimId, "{\"action\":\"Swim\",\"amount\":10,\"unit\":\"lengths\",\"schedule\":\"2/7\"}");

            JsonNode today = ok(api.get("/api/v1/today", val.token()), 200);
            assertThat(ids(today, "stepId")).containsExactly(weekend, swim);
            problem(api.post("/api/v1/steps/" + gym + "/choices", val.token(), "{\"size\":5}"), 422,
                    "this step is on Mondays, Wednesdays and Fridays, and today is a day off");
        }

        @Test
        void aDoneCheckInTodayShowsWithItsStrength() {
            Person dot = api.person("dot");
            long aimId = api.aim(dot, "Move more");
            long walk = api.step(dot, aimId);
            long stretch = api.step(dot, aimId, "{\"action\":\"Stretch\",\"amount\":2,\"unit\":\"minutes\"}");

            ok(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, dot.token(), "{\"outcome\":\"DONE\",\"resistance\":1}"), 201);

            JsonNode today = ok(api.get("/api/v1/today", dot.token()), 200);
            assertThat(today).hasSize(2);
            JsonNode done = today.get(0);
            assertThat(done.get("stepId").asLong()).isEqualTo(walk);
            assertThat(done.get("checkedIn").asText()).isEqualTo("DONE");
            assertThat(done.get("strength").asDouble()).isGreaterThan(0).isLessThanOrEqualTo(1);
            assertThat(done.get("reason").asText()).isNotBlank();
            JsonNode notYet = today.get(1);
            assertThat(notYet.get("stepId").asLong()).isEqualTo(stretch);
            assertThat(notYet.get("checkedIn").isNull()).isTrue();
            assertThat(notYet.get("strength").asDouble()).isZero();

            // A correction to MISSED shows too, and takes the strength back.
            ok(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, dot.token(), "{\"outcome\":\"MISSED\"}"), 200);
            JsonNode corrected = ok(api.get("/api/v1/today", dot.token()), 200).get(0);
            assertThat(corrected.get("checkedIn").asText()).isEqualTo("MISSED");
            assertThat(corrected.get("strength").asDouble()).isLessThan(done.get("strength").asDouble());
        }
    }

    // ------------------------------------------------------------------ times in days

    @Nested
    class TimesInDays {

        @Test
        void aNotTodayWhileThreeInSevenIsStillInReachLeavesTheProposalAsItWas() {
            Person kit = api.person("kit");
            long aimId = apiTenDaysEarlier().aim(kit, "Move more");
            long swim = apiTenDaysEarlier().step(kit, aimId,
                    "{\"action\":\"Swim\",\"amount\":20,\"unit\":\"minutes\",\"schedule\":\"3/7\"}");
            long walk = apiTenDaysEarlier().step(kit, aimId, "{\"action\":\"Walk\",\"amount\":20,\"unit\":\"minutes\"}");
            for (long stepId : new long[] {swim, walk}) {
                for (String day : new String[] {"2026-11-16", "2026-11-18", "2026-11-20"}) {
                    ok(api.put("/api/v1/steps/" + stepId + "/check-ins/" + day, kit.token(), "{\"outcome\":\"DONE\"}"),
                            201);
                }
            }
            JsonNode before = ok(api.get("/api/v1/today", kit.token()), 200);
            double swimBefore = sizeOf(before, swim);
            assertThat(sizeOf(before, walk)).as("the same days done").isEqualTo(swimBefore);

            for (long stepId : new long[] {swim, walk}) {
                ok(api.put("/api/v1/steps/" + stepId + "/check-ins/" + TODAY, kit.token(), "{\"outcome\":\"MISSED\"}"),
                        201);
            }

            // Three done in the seven days ending today: the swim was not needed today, and its next proposal holds.
            JsonNode after = ok(api.get("/api/v1/today", kit.token()), 200);
            assertThat(stepOf(after, swim).get("checkedIn").asText()).isEqualTo("MISSED");
            assertThat(sizeOf(after, swim)).isEqualTo(swimBefore);
            // A daily step's Not today is a miss.
            assertThat(stepOf(after, walk).get("checkedIn").asText()).isEqualTo("MISSED");
            assertThat(sizeOf(after, walk)).isLessThan(swimBefore);
            JsonNode said = ok(api.get("/api/v1/steps/" + swim + "/check-ins", kit.token()), 200);
            assertThat(said.get(said.size() - 1).get("outcome").asText()).isEqualTo("MISSED");
        }

        private JsonNode stepOf(JsonNode today, long stepId) {
            for (JsonNode step : today) {
                if (step.get("stepId").asLong() == stepId) {
                    return step;
                }
            }
            throw new AssertionError("step " + stepId + " is not on today: " + today);
        }

        private double sizeOf(JsonNode today, long stepId) {
            return stepOf(today, stepId).get("size").asDouble();
        }
    }

    // ------------------------------------------------------------------ readiness, choices and slips

    @Nested
    class HardDaysChoicesAndSlips {

        @Test
        void aHardDayGivesEachStepNotYetCheckedInItsSmallestVersion() {
            Person ira = api.person("ira");
            long aimId = api.aim(ira, "Move more");
            long walk = api.step(ira, aimId);
            long stretch = api.step(ira, aimId, "{\"action\":\"Stretch\",\"amount\":4,\"unit\":\"minutes\",\"floor\":2}");
            ok(api.put("/api/v1/steps/" + stretch + "/check-ins/" + TODAY, ira.token(), "{\"outcome\":\"DONE\"}"), 201);
            assertThat(ok(api.get("/api/v1/readiness/" + TODAY, ira.token()), 200).get("energy").isNull()).isTrue();

            JsonNode said = ok(api.put("/api/v1/readiness/" + TODAY, ira.token(), "{\"energy\":2,\"stress\":8}"), 200);
            assertThat(said.get("date").asText()).isEqualTo(TODAY);
            assertThat(ok(api.get("/api/v1/readiness/" + TODAY, ira.token()), 200)).isEqualTo(said);

            JsonNode today = ok(api.get("/api/v1/today", ira.token()), 200);
            assertThat(today.get(0).get("stepId").asLong()).isEqualTo(walk);
            assertThat(today.get(0).get("proposal").asText()).isEqualTo("FLOOR");
            assertThat(today.get(0).get("sizeText").asText()).isEqualTo("1 minute");
            assertThat(today.get(0).get("reasonCode").asText()).isEqualTo("HARD_DAY_FLOOR");
            assertThat(today.get(1).get("proposal").asText()).as("checked in: its next proposal is for tomorrow")
                    .isNotEqualTo("FLOOR");
        }

        @Test
        void badReadinessIsRefusedAndKeepsWhatWasSaid() {
            Person jo = api.person("jo");
            ok(api.put("/api/v1/readiness/" + TODAY, jo.token(), "{\"energy\":6}"), 200);

            problem(api.sendingBadInput().put("/api/v1/readiness/" + TODAY, jo.token(), "{\"energy\":11}"), 400,
                    "energy must be from 0 to 10");
            problem(api.sendingBadInput().put("/api/v1/readiness/" + TODAY, jo.token(), "{\"stress\":-1}"), 400,
                    "stress must be from 0 to 10");
            problem(api.sendingBadInput().put("/api/v1/readiness/" + TODAY, jo.token(), "{\"mood\":3}"), 400, "unknown field 'mood'");
            problem(api.put("/api/v1/readiness/" + TOMORROW, jo.token(), "{\"energy\":3}"), 422, "not " + TOMORROW);
            problem(api.put("/api/v1/readiness/yesterday", jo.token(), "{\"energy\":3}"), 400, "date");

            assertThat(ok(api.get("/api/v1/readiness/" + TODAY, jo.token()), 200).get("energy").asInt()).isEqualTo(6);
        }

        @Test
        void aSmallerSizeCanBeChosenBeforeTodaysCheckIn() {
            Person kit = api.person("kit");
            long walk = api.step(kit, api.aim(kit, "Move more"));

            JsonNode chosen = ok(api.post("/api/v1/steps/" + walk + "/choices", kit.token(), "{\"size\":2}"), 201);
            assertThat(chosen.get("size").asDouble()).isEqualTo(2.0);
            assertThat(chosen.get("reasonCode").asText()).isEqualTo("YOUR_CHOICE");
            assertThat(chosen.get("reason").asText()).startsWith("You chose 2 minutes");
            assertThat(ok(api.get("/api/v1/today", kit.token()), 200).get(0).get("size").asDouble()).isEqualTo(2.0);

            problem(api.post("/api/v1/steps/" + walk + "/choices", kit.token(), "{\"size\":3}"), 400,
                    "a smaller size can be from 1 to 2 today");
            problem(api.sendingBadInput().post("/api/v1/steps/" + walk + "/choices", kit.token(), "{}"), 400, "size is needed");
            problem(api.sendingBadInput().post("/api/v1/steps/" + walk + "/choices", kit.token(), "{\"size\":\"small\"}"), 400, "size");
            ok(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, kit.token(), "{\"outcome\":\"DONE\"}"), 201);
            problem(api.post("/api/v1/steps/" + walk + "/choices", kit.token(), "{\"size\":1}"), 422,
                    "already checked in");
        }

        /** A choice made by mistake is taken back the same day, before today is said: the coach's offer comes back. */
        @Test
        void aChoiceIsTakenBackTheSameDayUntilTodayIsSaid() {
            Person kai = api.person("kai");
            long walk = api.step(kai, api.aim(kai, "Move more"));
            String choices = "/api/v1/steps/" + walk + "/choices";
            double offered = ok(api.get("/api/v1/today", kai.token()), 200).get(0).get("size").asDouble();
            problem(api.delete(choices + "/" + TODAY, kai.token()), 404, "nothing was chosen for this step today");
            ok(api.post(choices, kai.token(), "{\"size\":" + offered + "}"), 201);
            problem(api.delete(choices + "/" + TODAY, kai.token()), 404, "nothing was chosen for this step today");
            ok(api.post(choices, kai.token(), "{\"size\":3}"), 201);
            ok(api.post(choices, kai.token(), "{\"size\":1}"), 201);

            problem(api.delete(choices + "/2026-11-20", kai.token()), 422, "only a choice made today, 2026-11-21");
            problem(api.sendingBadInput().delete(choices + "/soon", kai.token()), 400, "date");
            JsonNode back = ok(api.delete(choices + "/" + TODAY, kai.token()), 200);
            assertThat(back.get("size").asDouble()).as("both of today's choices are gone").isEqualTo(offered);
            assertThat(back.get("reasonCode").asText()).isEqualTo("FIRST_DAY");
            assertThat(ok(api.get("/api/v1/today", kai.token()), 200).get(0).get("size").asDouble()).isEqualTo(offered);

            // On Today the card offers it while a choice stands, and a tap takes it back.
            Browser browser = signedIn(kai);
            assertThat(browser.get("/today").body()).doesNotContain("Take back my choice");
            ok(api.post(choices, kai.token(), "{\"size\":2}"), 201);
            Reply page = browser.get("/today");
            assertThat(page.body()).contains("You chose 2 minutes", ">Take back my choice</button>");
            Reply taken = browser.post("/steps/" + walk + "/take-back", Map.of("csrf", csrf(page), "from", "today"));
            assertThat(taken.status()).as(taken.toString()).isEqualTo(303);
            assertThat(browser.get("/today").body()).doesNotContain("You chose", "Take back my choice");
            assertThat(browser.post("/steps/" + walk + "/take-back", Map.of("csrf", csrf(page), "from", "today"))
                    .status()).as("a second tap finds it taken back already").isEqualTo(303);

            // Once today is said, the choice stays with its day.
            ok(api.post(choices, kai.token(), "{\"size\":2}"), 201);
            ok(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, kai.token(), "{\"outcome\":\"DONE\"}"), 201);
            problem(api.delete(choices + "/" + TODAY, kai.token()), 422, "already checked in, at the size chosen");
            assertThat(ok(api.get("/api/v1/steps/" + walk + "/check-ins", kai.token()), 200).get(0).get("outcome")
                    .asText()).isEqualTo("DONE");
        }

        @Test
        void aSlipIsSaidPlainlyAndTheNextStepsStaySmall() {
            Person lou = api.person("lou");
            long aimId = ok(api.post("/api/v1/aims", lou.token(), "{\"title\":\"Drink less\",\"kind\":\"RECOVER\"}"),
                    201).get("id").asLong();
            long pause = api.step(lou, aimId, "{\"action\":\"Pause and breathe\",\"amount\":3,\"unit\":\"minutes\"}");

            JsonNode slip = ok(api.put("/api/v1/steps/" + pause + "/check-ins/" + TODAY, lou.token(),
                    "{\"outcome\":\"SLIP\",\"note\":\"a party\"}"), 201);
            assertThat(slip.get("outcome").asText()).isEqualTo("SLIP");
            JsonNode next = ok(api.get("/api/v1/today", lou.token()), 200).get(0);
            assertThat(next.get("checkedIn").asText()).isEqualTo("SLIP");
            assertThat(next.get("reasonCode").asText()).isEqualTo("AFTER_SLIP");
            assertThat(next.get("size").asDouble()).isLessThanOrEqualTo(3.0);
        }

        @Test
        void aSlipIsRefusedOnAStepOfAnAimToBuildSomething() {
            Person mo = api.person("mo");
            long walk = api.step(mo, api.aim(mo, "Move more"), WALK);
            problem(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, mo.token(), "{\"outcome\":\"SLIP\"}"),
                    422, "recovery aim", "MISSED");
            assertThat(ok(api.get("/api/v1/today", mo.token()), 200).get(0).get("checkedIn").isNull())
                    .as("nothing was saved").isTrue();
        }
    }
}
