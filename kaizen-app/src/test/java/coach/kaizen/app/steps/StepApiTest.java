package coach.kaizen.app.steps;

import static coach.kaizen.app.testing.ApiClient.json;
import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/v1/aims/{id}/steps and /api/v1/steps: steps made, changed, deleted, and bad steps refused. */
class StepApiTest extends ApiTestBase {

    @Test
    void aStepIsMadeWithTheDocumentedDefaults() {
        Person sue = api.person("sue");
        long aimId = api.aim(sue, "Move more");

        JsonNode walk = ok(api.post("/api/v1/aims/" + aimId + "/steps", sue.token(), WALK), 201);
        assertThat(fieldNames(walk)).contains("id", "aimId", "action", "amount", "unit", "quantum", "floor",
                "ceiling", "anchor", "startDay");
        assertThat(walk.get("id").asLong()).isPositive();
        assertThat(walk.get("aimId").asLong()).isEqualTo(aimId);
        assertThat(walk.get("action").asText()).isEqualTo("Walk");
        assertThat(walk.get("amount").asDouble()).isEqualTo(5.0);
        assertThat(walk.get("unit").asText()).isEqualTo("minutes");
        assertThat(walk.get("quantum").asDouble()).isEqualTo(1.0);
        assertThat(walk.get("floor").asDouble()).isEqualTo(1.0);
        assertThat(walk.get("ceiling").isNull()).isTrue();
        assertThat(walk.get("anchor").isNull()).isTrue();
        assertThat(walk.get("startDay").asText()).isEqualTo(TODAY);
        assertThat(walk.get("schedule").asText()).isEqualTo("daily");

        // The quantum defaults to one that counts the amount whole, the floor to the smaller of quantum and amount.
        JsonNode sip = ok(api.post("/api/v1/aims/" + aimId + "/steps", sue.token(),
                "{\"action\":\"Drink water\",\"amount\":0.5,\"unit\":\"glasses\"}"), 201);
        assertThat(sip.get("quantum").asDouble()).isEqualTo(0.5);
        assertThat(sip.get("floor").asDouble()).isEqualTo(0.5);
        JsonNode pushUps = ok(api.post("/api/v1/aims/" + aimId + "/steps", sue.token(),
                "{\"action\":\"Push-ups\",\"amount\":6,\"unit\":\"reps\",\"quantum\":2}"), 201);
        assertThat(pushUps.get("quantum").asDouble()).isEqualTo(2.0);
        assertThat(pushUps.get("floor").asDouble()).isEqualTo(2.0);

        JsonNode full = ok(api.post("/api/v1/aims/" + aimId + "/steps", sue.token(), json(Map.of("action", " Stretch ",
                "amount", 10, "unit", "minutes", "quantum", 5, "floor", 2, "ceiling", 30,
                "anchor", "after I pour my coffee"))), 201);
        assertThat(full.get("action").asText()).isEqualTo("Stretch");
        assertThat(full.get("quantum").asDouble()).isEqualTo(5.0);
        assertThat(full.get("floor").asDouble()).isEqualTo(2.0);
        assertThat(full.get("ceiling").asDouble()).isEqualTo(30.0);
        assertThat(full.get("anchor").asText()).isEqualTo("after I pour my coffee");

        JsonNode gym = ok(api.post("/api/v1/aims/" + aimId + "/steps", sue.token(),
                "{\"action\":\"Gym\",\"amount\":20,\"unit\":\"minutes\",\"schedule\":\"Thursday, mon\"}"), 201);
        assertThat(gym.get("schedule").asText()).isEqualTo("mon,thu");
        JsonNode swim = ok(api.post("/api/v1/aims/" + aimId + "/steps", sue.token(),
                "{\"action\":\"Swim\",\"amount\":10,\"unit\":\"lengths\",\"schedule\":\"2/7\"}"), 201);
        assertThat(swim.get("schedule").asText()).isEqualTo("2/7");

        JsonNode list = ok(api.get("/api/v1/aims/" + aimId + "/steps", sue.token()), 200);
        assertThat(list).containsExactly(walk, sip, pushUps, full, gym, swim);
        assertThat(ok(api.get("/api/v1/steps/" + full.get("id").asLong(), sue.token()), 200)).isEqualTo(full);
        assertThat(ok(api.get("/api/v1/aims/" + api.aim(sue, "Empty too") + "/steps", sue.token()), 200)).isEmpty();
    }

    @Test
    void aLadderClimbsThePersonsOwnRungs() {
        Person lia = api.person("lia");
        long aimId = api.aim(lia, "Calm");
        JsonNode sit = ok(api.post("/api/v1/aims/" + aimId + "/steps", lia.token(), "{\"action\":\"Meditate\","
                + "\"rungs\":[\" Sit down \",\"Three breaths\",\"One minute\"]}"), 201);
        assertThat(sit.get("rungs")).hasSize(3);
        assertThat(sit.get("rungs").get(0).asText()).isEqualTo("Sit down");
        assertThat(sit.get("amount").asDouble()).as("the rung to start on").isEqualTo(1.0);
        assertThat(sit.get("unit").asText()).isEqualTo("rungs");
        assertThat(sit.get("ceiling").asDouble()).isEqualTo(3.0);
        long id = sit.get("id").asLong();

        JsonNode today = ok(api.get("/api/v1/today", lia.token()), 200).get(0);
        assertThat(today.get("sizeText").asText()).isEqualTo("Sit down");
        assertThat(today.get("reason").asText()).contains("“Sit down”");

        problem(api.put("/api/v1/steps/" + id + "/check-ins/" + TODAY, lia.token(),
                "{\"outcome\":\"DONE\",\"amount\":2}"), 400, "amount does not go with a ladder");
        ok(api.put("/api/v1/steps/" + id + "/check-ins/" + TODAY, lia.token(), "{\"outcome\":\"DONE\"}"), 201);

        JsonNode longer = ok(api.patch("/api/v1/steps/" + id, lia.token(),
                "{\"rungs\":[\"Sit down\",\"Three breaths\",\"One minute\",\"Five minutes\"],\"amount\":2}"), 200);
        assertThat(longer.get("rungs")).hasSize(4);
        assertThat(longer.get("ceiling").asDouble()).isEqualTo(4.0);
        assertThat(ok(api.get("/api/v1/today", lia.token()), 200).get(0).get("sizeText").asText())
                .as("next time, from the new start rung").isEqualTo("Three breaths");

        for (String[] bad : new String[][] {
                {"{\"rungs\":[\"Only one\"]}", "rungs: a ladder has from 2 to 12 rungs, not 1"},
                {"{\"rungs\":[\"Same\",\"same\"]}", "rungs: rung 2 repeats rung 1"},
                {"{\"rungs\":[\"One\",\" \"]}", "rungs: rung 2 is required"},
                {"{\"amount\":9}", "amount, the rung to start on, must be a whole number from 1 to 4"},
                {"{\"amount\":1.5}", "amount, the rung to start on, must be a whole number from 1 to 4"},
                {"{\"rungs\":\"Sit down\"}", "'rungs'"}}) {
            problem(api.sendingBadInput().patch("/api/v1/steps/" + id, lia.token(), bad[0]), 400, bad[1]);
        }
        assertThat(ok(api.get("/api/v1/steps/" + id, lia.token()), 200)).isEqualTo(longer);
    }

    @Test
    void aStepSetAsideLeavesTodayKeepsItsDaysAndComesBack() {
        Person ada = api.person("ada");
        long aimId = api.aim(ada, "Move more");
        long walk = api.step(ada, aimId);
        ok(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, ada.token(), "{\"outcome\":\"DONE\"}"), 201);
        assertThat(ok(api.get("/api/v1/steps/" + walk, ada.token()), 200).get("archived").asBoolean()).isFalse();

        JsonNode aside = ok(api.patch("/api/v1/steps/" + walk, ada.token(), "{\"archived\":true}"), 200);
        assertThat(aside.get("archived").asBoolean()).isTrue();
        assertThat(aside.get("action").asText()).as("nothing else changes").isEqualTo("Walk");
        assertThat(ok(api.get("/api/v1/today", ada.token()), 200)).as("off Today").isEmpty();
        assertThat(ok(api.get("/api/v1/aims/" + aimId + "/steps", ada.token()), 200).get(0).get("archived")
                .asBoolean()).isTrue();
        assertThat(ok(api.get("/api/v1/steps/" + walk + "/check-ins", ada.token()), 200)).as("its days kept")
                .hasSize(1);
        problem(api.sendingBadInput().patch("/api/v1/steps/" + walk, ada.token(), "{\"archived\":\"maybe\"}"),
                400, "'archived' must be true or false");

        ok(api.patch("/api/v1/steps/" + walk, ada.token(), "{\"amount\":6}"), 200);
        assertThat(ok(api.get("/api/v1/steps/" + walk, ada.token()), 200).get("archived").asBoolean())
                .as("a change that does not say stays aside").isTrue();
        assertThat(ok(api.patch("/api/v1/steps/" + walk, ada.token(), "{\"archived\":false}"), 200)
                .get("archived").asBoolean()).isFalse();
        assertThat(ok(api.get("/api/v1/today", ada.token()), 200)).hasSize(1);

        JsonNode later = ok(api.post("/api/v1/aims/" + aimId + "/steps", ada.token(),
                "{\"action\":\"Swim\",\"amount\":5,\"unit\":\"lengths\",\"archived\":true}"), 201);
        assertThat(later.get("archived").asBoolean()).isTrue();
        assertThat(ok(api.get("/api/v1/today", ada.token()), 200)).as("made aside, for later").hasSize(1);
    }

    @Test
    void aLadderBecomesAnAmountOnlyWithAUnitOfItsOwn() {
        Person ida = api.person("ida");
        long aimId = api.aim(ida, "Calm");
        long id = ok(api.post("/api/v1/aims/" + aimId + "/steps", ida.token(),
                "{\"action\":\"Meditate\",\"rungs\":[\"Sit down\",\"Three breaths\"]}"), 201).get("id").asLong();
        JsonNode ladder = ok(api.get("/api/v1/steps/" + id, ida.token()), 200);

        problem(api.sendingBadInput().patch("/api/v1/steps/" + id, ida.token(), "{\"rungs\":null}"), 400,
                "unit is required");
        assertThat(ok(api.get("/api/v1/steps/" + id, ida.token()), 200)).as("nothing changed").isEqualTo(ladder);

        JsonNode minutes = ok(api.patch("/api/v1/steps/" + id, ida.token(),
                "{\"rungs\":null,\"amount\":3,\"unit\":\"minutes\"}"), 200);
        assertThat(minutes.get("unit").asText()).isEqualTo("minutes");
        assertThat(minutes.get("rungs").isNull()).isTrue();
        assertThat(minutes.get("ceiling").isNull()).as("the ladder's last rung is no limit on minutes").isTrue();
        assertThat(minutes.get("floor").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aStepWithAmountsSaidCanBecomeALadder() {
        Person mo = api.person("mo");
        long walk = api.step(mo, api.aim(mo, "Move more"));
        ok(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, mo.token(),
                "{\"outcome\":\"DONE\",\"amount\":3}"), 201);

        // Without an amount the walk's 5 minutes would be the rung to start on.
        problem(api.sendingBadInput().patch("/api/v1/steps/" + walk, mo.token(),
                "{\"rungs\":[\"Shoes on\",\"Round the block\"]}"), 400,
                "amount, the rung to start on, must be a whole number from 1 to 2");
        JsonNode ladder = ok(api.patch("/api/v1/steps/" + walk, mo.token(),
                "{\"rungs\":[\"Shoes on\",\"Round the block\"],\"amount\":1}"), 200);
        assertThat(ladder.get("unit").asText()).isEqualTo("rungs");
        assertThat(ok(api.get("/api/v1/steps/" + walk + "/check-ins", mo.token()), 200).get(0).get("amount")
                .asDouble()).as("what was said is kept").isEqualTo(3.0);
        assertThat(ok(api.get("/api/v1/today", mo.token()), 200).get(0).get("sizeText").asText())
                .isIn("Shoes on", "Round the block");
    }

    @Test
    void badStepsAreRefusedAndChangeNothing() {
        Person sid = api.person("sid");
        long aimId = api.aim(sid, "Move more");
        api.step(sid, aimId);
        JsonNode before = ok(api.get("/api/v1/aims/" + aimId + "/steps", sid.token()), 200);

        Map<String, List<String>> refusals = new LinkedHashMap<>();
        refusals.put("{\"action\":\"Walk\",\"amount\":-1,\"unit\":\"minutes\"}", List.of("amount", "above zero"));
        refusals.put("{\"action\":\"Walk\",\"amount\":0,\"unit\":\"minutes\"}", List.of("amount", "above zero"));
        refusals.put("{\"action\":\"Walk\",\"amount\":\"5\",\"unit\":\"minutes\"}", List.of("'amount' must be a number"));
        refusals.put("{\"action\":\"Walk\",\"unit\":\"minutes\"}", List.of("amount is required"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"floor\":6}",
                List.of("amount must be at least the floor (6)"));
        refusals.put("{\"action\":\"Walk\",\"amount\":8,\"unit\":\"minutes\",\"quantum\":5}",
                List.of("amount 8 is not a whole number of quanta of 5, so the first day could not show it: "
                        + "make it 5 or 10, or make the quantum 1"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"ceiling\":4}",
                List.of("ceiling must be at least the amount (5)"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5}", List.of("unit is required"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"  \"}", List.of("unit is required"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"" + "u".repeat(31) + "\"}",
                List.of("unit can be at most 30 characters"));
        refusals.put("{\"amount\":5,\"unit\":\"minutes\"}", List.of("action is required"));
        refusals.put("{\"action\":\"" + "a".repeat(121) + "\",\"amount\":5,\"unit\":\"minutes\"}",
                List.of("action can be at most 120 characters"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"anchor\":\"" + "a".repeat(201) + "\"}",
                List.of("anchor can be at most 200 characters"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"quantum\":0}", List.of("quantum"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"quantum\":-2}", List.of("quantum"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"floor\":0}", List.of("floor"));
        refusals.put("{\"action\":\"Walk\",\"amount\":1e400,\"unit\":\"minutes\"}",
                List.of("amount can be at most 1,000,000"));
        refusals.put("{\"action\":\"Walk\",\"amount\":1e308,\"unit\":\"minutes\"}",
                List.of("amount can be at most 1,000,000"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"quantum\":1e-300}",
                List.of("quantum must be at least 0.001"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"ceiling\":1e400}",
                List.of("ceiling can be at most 1,000,000"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"every\":\"day\"}",
                List.of("unknown field 'every'", "action", "amount", "anchor", "schedule"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"schedule\":\"weekly\"}",
                List.of("schedule is daily, weekdays like mon,wed,fri, or times in days like 3/7"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"schedule\":\"9/7\"}",
                List.of("1 to 30 times in 2 to 31 days"));
        refusals.put("{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"schedule\":3}",
                List.of("'schedule' must be text in quotes, not 3"));
        refusals.put("{\"action\":\"Walk\",\"amount\":true,\"unit\":\"minutes\"}", List.of("'amount'"));
        refusals.put("{\"action\":\"Walk\",\"amount\":{\"value\":5},\"unit\":\"minutes\"}", List.of("'amount'"));
        refusals.put("{\"action\":\"Walk\",", List.of("not valid JSON"));
        refusals.put("", List.of("JSON object"));
        refusals.put("[]", List.of("JSON object"));
        refusals.put("null", List.of("JSON object"));

        refusals.forEach((body, detail) -> {
            problem(api.sendingBadInput().post("/api/v1/aims/" + aimId + "/steps", sid.token(), body), 400,
                    detail.toArray(String[]::new));
            assertThat(api.get("/api/v1/aims/" + aimId + "/steps", sid.token()).json()).as(body).isEqualTo(before);
        });
        problem(api.post("/api/v1/aims/999999999/steps", sid.token(), WALK), 404, "no aim with that id");
        problem(api.get("/api/v1/aims/999999999/steps", sid.token()), 404, "no aim with that id");
        assertThat(api.get("/api/v1/aims/" + aimId + "/steps", sid.token()).json()).isEqualTo(before);
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndNullClearsAnOptionalOne() {
        Person pia = api.person("pia");
        long aimId = api.aim(pia, "Move more");
        JsonNode made = ok(api.post("/api/v1/aims/" + aimId + "/steps", pia.token(), json(Map.of("action", "Walk",
                "amount", 5, "unit", "minutes", "quantum", 1, "floor", 2, "ceiling", 30,
                "anchor", "after lunch"))), 201);
        long id = made.get("id").asLong();
        String path = "/api/v1/steps/" + id;

        JsonNode bigger = ok(api.patch(path, pia.token(), "{\"amount\":10}"), 200);
        ObjectNode expected = made.deepCopy();
        expected.put("amount", 10.0);
        assertThat(bigger).isEqualTo(expected);
        assertThat(ok(api.get(path, pia.token()), 200)).isEqualTo(expected);

        JsonNode unanchored = ok(api.patch(path, pia.token(), "{\"anchor\":null}"), 200);
        expected.putNull("anchor");
        assertThat(unanchored).isEqualTo(expected);

        JsonNode uncapped = ok(api.patch(path, pia.token(), "{\"ceiling\":null,\"action\":\"Brisk walk\"}"), 200);
        expected.putNull("ceiling");
        expected.put("action", "Brisk walk");
        assertThat(uncapped).isEqualTo(expected);
        assertThat(ok(api.get(path, pia.token()), 200)).isEqualTo(expected);
        assertThat(ok(api.patch(path, pia.token(), "{}"), 200)).isEqualTo(expected);

        JsonNode weekdays = ok(api.patch(path, pia.token(), "{\"schedule\":\"tue,sat\"}"), 200);
        expected.put("schedule", "tue,sat");
        assertThat(weekdays).isEqualTo(expected);
        assertThat(ok(api.patch(path, pia.token(), "{\"schedule\":null}"), 200).get("schedule").asText())
                .as("no schedule is every day").isEqualTo("daily");
        expected.put("schedule", "daily");

        // Refused changes leave the step as it was.
        for (String body : new String[] {"{\"amount\":1}", "{\"floor\":11}", "{\"quantum\":3}", "{\"amount\":-1}",
                "{\"amount\":\"5\"}",
                "{\"schedule\":\"0/3\"}", "{\"schedule\":\"someday\"}",
                "{\"unit\":null}", "{\"unit\":\"\"}", "{\"action\":null}", "{\"amount\":null}",
                "{\"startDay\":\"2026-01-01\"}", "{\"id\":7}", "[]", "null", "", "{"}) {
            problem(api.sendingBadInput().patch(path, pia.token(), body), 400);
            assertThat(ok(api.get(path, pia.token()), 200)).as(body).isEqualTo(expected);
        }
        problem(api.sendingBadInput().patch(path, pia.token(), "{\"aimId\":" + aimId + "}"), 400, "unknown field 'aimId'");
    }

    @Test
    void aDeletedStepIsGoneWithItsCheckIns() {
        Person dan = api.person("dan");
        long aimId = api.aim(dan, "Move more");
        long keep = api.step(dan, aimId);
        long gone = api.step(dan, aimId, "{\"action\":\"Stretch\",\"amount\":2,\"unit\":\"minutes\"}");
        ok(api.put("/api/v1/steps/" + gone + "/check-ins/" + TODAY, dan.token(), "{\"outcome\":\"DONE\"}"), 201);

        Reply deleted = api.delete("/api/v1/steps/" + gone, dan.token());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();

        problem(api.get("/api/v1/steps/" + gone, dan.token()), 404, "no step with that id");
        problem(api.patch("/api/v1/steps/" + gone, dan.token(), "{\"amount\":3}"), 404, "no step with that id");
        problem(api.delete("/api/v1/steps/" + gone, dan.token()), 404, "no step with that id");
        problem(api.get("/api/v1/steps/" + gone + "/check-ins", dan.token()), 404, "no step with that id");
        problem(api.put("/api/v1/steps/" + gone + "/check-ins/" + TODAY, dan.token(), "{\"outcome\":\"DONE\"}"),
                404, "no step with that id");
        JsonNode steps = ok(api.get("/api/v1/aims/" + aimId + "/steps", dan.token()), 200);
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).get("id").asLong()).isEqualTo(keep);
        JsonNode today = ok(api.get("/api/v1/today", dan.token()), 200);
        assertThat(today).hasSize(1);
        assertThat(today.get(0).get("stepId").asLong()).isEqualTo(keep);

        // Deleting the aim takes its steps with it.
        assertThat(api.delete("/api/v1/aims/" + aimId, dan.token()).status()).isEqualTo(204);
        problem(api.get("/api/v1/steps/" + keep, dan.token()), 404, "no step with that id");
        assertThat(ok(api.get("/api/v1/today", dan.token()), 200)).isEmpty();
    }

    @Test
    void anIdThatIsNotAPositiveNumberIsNotFound() {
        Person nia = api.person("nia");
        for (String id : new String[] {"abc", "0", "-1", "2.0", "99999999999999999999", "424242"}) {
            String path = "/api/v1/steps/" + id;
            problem(api.get(path, nia.token()), 404, "no step with that id");
            problem(api.patch(path, nia.token(), "{\"amount\":3}"), 404, "no step with that id");
            problem(api.delete(path, nia.token()), 404, "no step with that id");
            problem(api.get(path + "/check-ins", nia.token()), 404, "no step with that id");
            problem(api.put(path + "/check-ins/" + TODAY, nia.token(), "{\"outcome\":\"DONE\"}"), 404,
                    "no step with that id");
        }
    }
}
