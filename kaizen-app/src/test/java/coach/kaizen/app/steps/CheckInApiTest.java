package coach.kaizen.app.steps;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/v1/steps/{id}/check-ins: a day's check-in made, corrected, listed, and bad ones refused. */
class CheckInApiTest extends ApiTestBase {

    @Test
    void theFirstCheckInOfADayIsCreatedAndAnotherCorrectsIt() {
        Person cal = api.person("cal");
        long stepId = api.step(cal, api.aim(cal, "Move more"));
        String path = "/api/v1/steps/" + stepId + "/check-ins/" + TODAY;

        JsonNode first = ok(api.put(path, cal.token(), "{\"outcome\":\"MISSED\",\"note\":\"rain\"}"), 201);
        assertThat(first.get("stepId").asLong()).isEqualTo(stepId);
        assertThat(first.get("date").asText()).isEqualTo(TODAY);
        assertThat(first.get("outcome").asText()).isEqualTo("MISSED");
        assertThat(first.get("amount").isNull()).isTrue();
        assertThat(first.get("resistance").isNull()).isTrue();
        assertThat(first.get("note").asText()).isEqualTo("rain");

        JsonNode corrected = ok(api.put(path, cal.token(),
                "{\"outcome\":\"DONE\",\"amount\":7.5,\"resistance\":3,\"note\":\" went after all \"}"), 200);
        assertThat(corrected.get("outcome").asText()).isEqualTo("DONE");
        assertThat(corrected.get("amount").asDouble()).isEqualTo(7.5);
        assertThat(corrected.get("resistance").asInt()).isEqualTo(3);
        assertThat(corrected.get("note").asText()).isEqualTo("went after all");

        JsonNode list = ok(api.get("/api/v1/steps/" + stepId + "/check-ins", cal.token()), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0)).isEqualTo(corrected);

        // The same again is still a correction, not a new day.
        assertThat(api.put(path, cal.token(), "{\"outcome\":\"DONE\",\"amount\":7.5,\"resistance\":3}").status())
                .isEqualTo(200);
        assertThat(ok(api.get("/api/v1/steps/" + stepId + "/check-ins", cal.token()), 200)).hasSize(1);
        // Lower-case outcomes are read like upper-case ones, though the API document lists them upper-case only.
        assertThat(ok(api.sendingBadInput().put(path, cal.token(), "{\"outcome\":\"skipped\"}"), 200).get("outcome").asText())
                .isEqualTo("SKIPPED");
    }

    @Test
    void badCheckInsAreRefusedAndChangeNothing() {
        Person bo = api.person("bo");
        long stepId = earlierStep(bo);
        String base = "/api/v1/steps/" + stepId + "/check-ins/";
        ok(api.put(base + TODAY, bo.token(), "{\"outcome\":\"DONE\",\"resistance\":2}"), 201);
        ok(api.put(base + "2026-11-15", bo.token(), "{\"outcome\":\"MISSED\"}"), 201);
        JsonNode before = checkInState(bo, stepId);

        Map<String, List<String>> refusals = new LinkedHashMap<>();
        refusals.put("{\"outcome\":\"DONE\",\"resistance\":11}", List.of("resistance must be from 0 to 10"));
        refusals.put("{\"outcome\":\"DONE\",\"resistance\":-1}", List.of("resistance must be from 0 to 10"));
        refusals.put("{\"outcome\":\"DONE\",\"resistance\":2.5}", List.of("'resistance'"));
        refusals.put("{\"outcome\":\"DONE\",\"resistance\":\"2\"}", List.of("'resistance'"));
        refusals.put("{\"outcome\":\"DONE\",\"resistance\":99999999999}",
                List.of("'resistance' is a number far beyond what that field takes"));
        refusals.put("{\"outcome\":\"DONE\",\"resistance\":-99999999999}",
                List.of("'resistance' is a number far beyond what that field takes"));
        refusals.put("{\"outcome\":\"DONE\",\"amount\":-1}", List.of("amount must be above zero"));
        refusals.put("{\"outcome\":\"DONE\",\"amount\":0}", List.of("amount must be above zero", "MISSED (Not today)"));
        refusals.put("{\"outcome\":\"DONE\",\"amount\":\"3\"}", List.of("'amount'"));
        refusals.put("{\"outcome\":\"DONE\",\"amount\":1e400}", List.of("amount"));
        refusals.put("{\"outcome\":\"DONE\",\"amount\":1e308}", List.of("amount can be at most 1,000,000"));
        refusals.put("{\"outcome\":\"DONE\",\"amount\":1e-300}", List.of("amount must be at least 0.001"));
        refusals.put("{\"outcome\":\"MAYBE\"}", List.of("'outcome'", "DONE", "MISSED", "SKIPPED"));
        refusals.put("{\"outcome\":\"MISSED\",\"amount\":3}", List.of("amount goes with DONE only"));
        refusals.put("{\"outcome\":\"MISSED\",\"amount\":0}", List.of("amount goes with DONE only"));
        refusals.put("{\"outcome\":\"SKIPPED\",\"amount\":3}", List.of("amount goes with DONE only"));
        refusals.put("{\"resistance\":2}", List.of("outcome is required"));
        refusals.put("{\"outcome\":null}", List.of("outcome is required"));
        refusals.put("{\"outcome\":\"DONE\",\"note\":\"" + "n".repeat(1001) + "\"}",
                List.of("note can be at most 1000 characters"));
        refusals.put("{\"outcome\":\"DONE\",\"date\":\"" + TODAY + "\"}", List.of("unknown field 'date'"));
        refusals.put("{\"outcome\":\"DONE\",\"readiness\":3}", List.of("unknown field 'readiness'", "outcome"));
        refusals.put("{\"outcome\":", List.of("not valid JSON"));
        refusals.put("", List.of("JSON object"));
        refusals.put("[]", List.of("JSON object"));
        refusals.put("null", List.of("JSON object"));
        refusals.put("\"DONE\"", List.of("JSON object"));

        for (String day : new String[] {TODAY, "2026-11-15", "2026-11-16"}) {
            refusals.forEach((body, detail) -> {
                problem(api.sendingBadInput().put(base + day, bo.token(), body), 400, detail.toArray(String[]::new));
                assertThat(checkInState(bo, stepId)).as(day + " " + body).isEqualTo(before);
            });
        }
        for (String date : new String[] {"2026-02-30", "2026-13-01", "2026-11-1", "21-11-2026", "today",
                "2026-11-21T10:00", "20261121"}) {
            problem(api.put(base + date, bo.token(), "{\"outcome\":\"DONE\"}"), 400, "date", date);
            assertThat(checkInState(bo, stepId)).as(date).isEqualTo(before);
        }
    }

    @Test
    void aFutureDayADayBeforeTheStepOrOneMoreThanAWeekBackIsUnprocessable() {
        Person fay = api.person("fay");
        long earlier = earlierStep(fay);
        long fresh = api.step(fay, api.aim(fay, "Read"));
        ok(api.put("/api/v1/steps/" + earlier + "/check-ins/" + TODAY, fay.token(), "{\"outcome\":\"DONE\"}"), 201);
        JsonNode beforeEarlier = checkInState(fay, earlier);
        JsonNode beforeFresh = checkInState(fay, fresh);

        problem(api.put("/api/v1/steps/" + earlier + "/check-ins/" + TOMORROW, fay.token(), "{\"outcome\":\"DONE\"}"),
                422, "a check-in can be for today (2026-11-21) or an earlier day, not 2026-11-22");
        problem(api.put("/api/v1/steps/" + fresh + "/check-ins/" + TOMORROW, fay.token(), "{\"outcome\":\"MISSED\"}"),
                422, "not 2026-11-22");
        problem(api.put("/api/v1/steps/" + earlier + "/check-ins/2030-01-01", fay.token(), "{\"outcome\":\"DONE\"}"),
                422, "not 2030-01-01");
        problem(api.put("/api/v1/steps/" + earlier + "/check-ins/2026-11-10", fay.token(), "{\"outcome\":\"DONE\"}"),
                422, "this step starts on " + EARLIER_START + ", so 2026-11-10 is too early");
        problem(api.put("/api/v1/steps/" + fresh + "/check-ins/2026-11-20", fay.token(), "{\"outcome\":\"DONE\"}"),
                422, "this step starts on " + TODAY);
        problem(api.put("/api/v1/steps/" + fresh + "/check-ins/1999-01-01", fay.token(), "{\"outcome\":\"SKIPPED\"}"),
                422, "too early");

        assertThat(checkInState(fay, earlier)).isEqualTo(beforeEarlier);
        assertThat(checkInState(fay, fresh)).isEqualTo(beforeFresh);
        // Its first day is ten days back: further than a check-in can be late. A week back is not.
        problem(api.put("/api/v1/steps/" + earlier + "/check-ins/" + EARLIER_START, fay.token(),
                "{\"outcome\":\"DONE\"}"), 422,
                "a day can be checked in up to 7 days late, so back to 2026-11-14; 2026-11-11 is further back");
        assertThat(checkInState(fay, earlier)).isEqualTo(beforeEarlier);
        ok(api.put("/api/v1/steps/" + earlier + "/check-ins/2026-11-14", fay.token(), "{\"outcome\":\"DONE\"}"), 201);
    }

    @Test
    void areListedOldestFirstWithinTheRangeAsked() {
        Person liv = api.person("liv");
        long stepId = earlierStep(liv);
        String base = "/api/v1/steps/" + stepId + "/check-ins";
        for (String day : new String[] {"2026-11-17", TODAY, "2026-11-14", "2026-11-19", "2026-11-15"}) {
            ok(api.put(base + "/" + day, liv.token(), "{\"outcome\":\"DONE\"}"), 201);
        }

        assertThat(days(ok(api.get(base, liv.token()), 200)))
                .containsExactly("2026-11-14", "2026-11-15", "2026-11-17", "2026-11-19", TODAY);
        assertThat(days(ok(api.get(base + "?from=2026-11-15&to=2026-11-19", liv.token()), 200)))
                .containsExactly("2026-11-15", "2026-11-17", "2026-11-19");
        assertThat(days(ok(api.get(base + "?from=2026-11-17", liv.token()), 200)))
                .containsExactly("2026-11-17", "2026-11-19", TODAY);
        assertThat(days(ok(api.get(base + "?to=2026-11-15", liv.token()), 200)))
                .containsExactly("2026-11-14", "2026-11-15");
        assertThat(days(ok(api.get(base + "?from=2026-11-19&to=2026-11-19", liv.token()), 200)))
                .containsExactly("2026-11-19");
        assertThat(ok(api.get(base + "?from=2026-11-16&to=2026-11-16", liv.token()), 200)).isEmpty();
        // 366 days apart is the most one listing may span.
        assertThat(ok(api.get(base + "?from=2025-11-20&to=" + TODAY, liv.token()), 200)).hasSize(5);
    }

    @Test
    void badListingsAreRefused() {
        Person lou = api.person("lou");
        long stepId = api.step(lou, api.aim(lou, "Move more"));
        String base = "/api/v1/steps/" + stepId + "/check-ins";

        problem(api.get(base + "?from=2026-11-21&to=2026-11-20", lou.token()), 400,
                "from (2026-11-21) must not be after to (2026-11-20)");
        problem(api.get(base + "?from=2026-11-30", lou.token()), 400, "from (2026-11-30) must not be after to");
        problem(api.get(base + "?from=2026-02-30", lou.token()), 400, "from must be a real date", "2026-02-30");
        problem(api.get(base + "?to=yesterday", lou.token()), 400, "to must be a real date", "yesterday");
        problem(api.get(base + "?from=", lou.token()), 400, "from");
        problem(api.get(base + "?from=2025-11-19&to=" + TODAY, lou.token()), 400, "at most 366 days apart");
        problem(api.get(base + "?from=2000-01-01&to=2030-01-01", lou.token()), 400, "at most 366 days apart");
    }

    @Test
    void anOutcomeIsOneOfItsNamesNotANumber() {
        Person oz = api.person("oz");
        long stepId = api.step(oz, api.aim(oz, "Move more"));
        // Jackson would otherwise take 0, 1 and 2 as the enum's positions: DONE, MISSED and SKIPPED.
        problem(api.sendingBadInput().put("/api/v1/steps/" + stepId + "/check-ins/" + TODAY, oz.token(), "{\"outcome\":1}"), 400,
                "'outcome'", "DONE");
        assertThat(ok(api.get("/api/v1/steps/" + stepId + "/check-ins", oz.token()), 200)).isEmpty();
    }

    @Test
    void extremeDatesAreRefusedNotFailedOn() {
        Person max = api.person("max");
        long stepId = api.step(max, api.aim(max, "Move more"));
        String base = "/api/v1/steps/" + stepId + "/check-ins";

        // LocalDate reads these (they are LocalDate.MAX and MIN), but no listing can start or end there.
        for (String query : new String[] {"?from=%2B999999999-12-31", "?to=-999999999-01-01",
                "?from=-999999999-01-01&to=%2B999999999-12-31", "?from=%2B999999999-12-31&to=%2B999999999-12-31"}) {
            Reply reply = api.get(base + query, max.token());
            assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
            problem(reply, 400);
        }
        // As check-in days they are refused too: as out of range (400) or as future / too early (422).
        for (String date : new String[] {"%2B999999999-12-31", "-999999999-01-01"}) {
            Reply reply = api.put(base + "/" + date, max.token(), "{\"outcome\":\"DONE\"}");
            assertThat(reply.status()).as(reply.toString()).isIn(400, 422);
            problem(reply, reply.status());
        }
        assertThat(ok(api.get(base, max.token()), 200)).isEmpty();
    }

    private static List<String> days(JsonNode list) {
        List<String> days = new ArrayList<>();
        list.forEach(checkIn -> days.add(checkIn.get("date").asText()));
        return days;
    }

    /** What a rejected check-in must not change: the step's check-ins, and what Today shows. */
    private static JsonNode checkInState(Person who, long stepId) {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.set("checkIns", ok(api.get("/api/v1/steps/" + stepId + "/check-ins?from=2026-10-01&to=" + TODAY,
                who.token()), 200));
        state.set("step", ok(api.get("/api/v1/steps/" + stepId, who.token()), 200));
        state.set("today", ok(api.get("/api/v1/today", who.token()), 200));
        return state;
    }
}
