package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.detail;
import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How /api/v1 refuses: a valid bearer token or 401, and for any input a problem, never a server error. */
class ApiErrorsTest extends ApiTestBase {

    // ------------------------------------------------------------------ bearer tokens

    @Nested
    class BearerTokens {

        @Test
        void everyProtectedRouteWantsAValidBearerToken() {
            Person owner = api.person("owner");
            long aimId = api.aim(owner, "Move more");
            long stepId = api.step(owner, aimId);
            List<String[]> routes = List.of(
                    new String[] {"DELETE", "/api/v1/tokens/" + owner.tokenId(), null},
                    new String[] {"GET", "/api/v1/aims", null},
                    new String[] {"POST", "/api/v1/aims", "{\"title\":\"x\",\"kind\":\"BUILD\"}"},
                    new String[] {"GET", "/api/v1/aims/" + aimId, null},
                    new String[] {"PATCH", "/api/v1/aims/" + aimId, "{\"title\":\"x\"}"},
                    new String[] {"DELETE", "/api/v1/aims/" + aimId, null},
                    new String[] {"GET", "/api/v1/aims/" + aimId + "/steps", null},
                    new String[] {"POST", "/api/v1/aims/" + aimId + "/steps", WALK},
                    new String[] {"GET", "/api/v1/steps/" + stepId, null},
                    new String[] {"PATCH", "/api/v1/steps/" + stepId, "{\"amount\":9}"},
                    new String[] {"DELETE", "/api/v1/steps/" + stepId, null},
                    new String[] {"PUT", "/api/v1/steps/" + stepId + "/check-ins/" + TODAY, "{\"outcome\":\"DONE\"}"},
                    new String[] {"GET", "/api/v1/steps/" + stepId + "/check-ins", null},
                    new String[] {"POST", "/api/v1/steps/" + stepId + "/choices", "{\"size\":1}"},
                    new String[] {"PUT", "/api/v1/readiness/" + TODAY, "{\"energy\":1}"},
                    new String[] {"GET", "/api/v1/readiness/" + TODAY, null},
                    new String[] {"GET", "/api/v1/today", null},
                    new String[] {"GET", "/api/v1/me", null},
                    new String[] {"PATCH", "/api/v1/me", "{\"dayStartHour\":3}"});
            JsonNode before = everything(owner, aimId, stepId);

            for (String[] route : routes) {
                Reply none = api.send(route[0], route[1], null, route[2]);
                problem(none, 401, "Authorization: Bearer");
                assertThat(none.header("WWW-Authenticate")).as(none.toString()).contains("Bearer");

                for (String value : new String[] {"Bearer kz_not-a-token", "Bearer ", "bearer " + owner.token() + "x",
                        "Basic " + owner.token(), owner.token(), "Bearer " + "k".repeat(5000)}) {
                    Reply bad = api.sendWithHeader(route[0], route[1], "Authorization", value, route[2]);
                    problem(bad, 401);
                    assertThat(bad.header("WWW-Authenticate")).as(bad.toString()).contains("Bearer");
                }
            }
            assertThat(everything(owner, aimId, stepId)).isEqualTo(before);
        }

        @Test
        void theSchemeIsCaseInsensitive() {
            Person ivy = api.person("ivy");
            ok(api.sendWithHeader("GET", "/api/v1/aims", "Authorization", "bearer " + ivy.token(), null), 200);
        }
    }

    // ------------------------------------------------------------------ never a 500

    @Nested
    class NeverAServerError {

        @Test
        void noBodyWeCanThinkOfMakesTheServerFail() {
            Person eve = api.person("eve");
            long aimId = api.aim(eve, "Move more");
            long stepId = api.step(eve, aimId);
            Map<String, List<String>> fieldsOf = new LinkedHashMap<>();
            fieldsOf.put("POST /api/v1/signup", List.of("username", "password", "timeZone"));
            fieldsOf.put("POST /api/v1/tokens", List.of("username", "password", "name"));
            fieldsOf.put("POST /api/v1/aims", List.of("title", "kind"));
            fieldsOf.put("PATCH /api/v1/aims/" + aimId, List.of("title", "kind"));
            fieldsOf.put("POST /api/v1/aims/" + aimId + "/steps",
                    List.of("action", "amount", "unit", "quantum", "floor", "ceiling", "anchor"));
            fieldsOf.put("PATCH /api/v1/steps/" + stepId,
                    List.of("action", "amount", "unit", "quantum", "floor", "ceiling", "anchor"));
            fieldsOf.put("PUT /api/v1/steps/" + stepId + "/check-ins/" + TODAY,
                    List.of("outcome", "amount", "resistance", "note"));
            fieldsOf.put("POST /api/v1/steps/" + stepId + "/choices", List.of("size"));
            fieldsOf.put("PUT /api/v1/readiness/" + TODAY, List.of("energy", "stress", "craving"));
            fieldsOf.put("PATCH /api/v1/me", List.of("timeZone", "dayStartHour"));

            String longNumber = "9".repeat(2000);
            String deep = "[".repeat(5000) + "]".repeat(5000);
            List<String> bodies = List.of("", " ", "null", "[]", "[{}]", "\"text\"", "42", "true", "{", "}", "{}",
                    "{\"a\":}", "{} {}", "{}x", "\u0000", "\uFEFF{}", "{\"x\":1,\"x\":2}", deep,
                    "{\"deep\":" + deep + "}", longNumber, "{\"n\":" + longNumber + "}",
                    "{\"s\":\"" + "x".repeat(200_000) + "\"}");
            List<String> values = List.of("null", "{}", "[]", "\"\"", "\"text\"", "true", "0", "-0.0", "1e400",
                    "-1e400", "1e-400", "1e308", "123456789012345678901234567890", longNumber, "3.14", "\"\\u0000\"",
                    "\"" + "y".repeat(5000) + "\"", "{\"nested\":{\"deeper\":[1,2,3]}}", deep);

            SoftAssertions softly = new SoftAssertions();
            fieldsOf.forEach((route, fields) -> {
                String method = route.substring(0, route.indexOf(' '));
                String path = route.substring(route.indexOf(' ') + 1);
                for (String body : bodies) {
                    check(softly, api.sendingBadInput().send(method, path, eve.token(), body), body);
                }
                for (String field : fields) {
                    for (String value : values) {
                        String body = "{\"" + field + "\":" + value + "}";
                        check(softly, api.sendingBadInput().send(method, path, eve.token(), body), body);
                    }
                }
                ObjectNode allNull = JsonNodeFactory.instance.objectNode();
                fields.forEach(allNull::putNull);
                check(softly, api.sendingBadInput().send(method, path, eve.token(), allNull.toString()), allNull.toString());
            });
            softly.assertAll();
        }

        @Test
        void noPathOrQueryWeCanThinkOfMakesTheServerFail() {
            Person pip = api.person("pip");
            long aimId = api.aim(pip, "Move more");
            long stepId = api.step(pip, aimId);

            SoftAssertions softly = new SoftAssertions();
            for (String id : new String[] {"abc", "0", "-0", "-1", "1e3", "0x10", "99999999999999999999", "%20",
                    "%F0%9F%98%80", "1;DROP", "" + Long.MAX_VALUE, "" + Long.MIN_VALUE}) {
                check(softly, api.get("/api/v1/aims/" + id, pip.token()));
                check(softly, api.get("/api/v1/aims/" + id + "/steps", pip.token()));
                check(softly, api.get("/api/v1/steps/" + id, pip.token()));
                check(softly, api.get("/api/v1/steps/" + id + "/check-ins", pip.token()));
                check(softly, api.put("/api/v1/steps/" + id + "/check-ins/" + TODAY, pip.token(), "{\"outcome\":\"DONE\"}"));
                check(softly, api.delete("/api/v1/tokens/" + id, pip.token()));
                check(softly, api.post("/api/v1/steps/" + id + "/choices", pip.token(), "{\"size\":1}"));
            }
            for (String date : new String[] {"%2B999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31",
                    "%2B10000-01-01", "%20", "2026-W47-6", "2026-325"}) {
                check(softly, api.put("/api/v1/steps/" + stepId + "/check-ins/" + date, pip.token(), "{\"outcome\":\"DONE\"}"));
                check(softly, api.get("/api/v1/steps/" + stepId + "/check-ins?from=" + date, pip.token()));
                check(softly, api.get("/api/v1/steps/" + stepId + "/check-ins?to=" + date, pip.token()));
                check(softly, api.get("/api/v1/steps/" + stepId + "/check-ins?from=" + date + "&to=" + date, pip.token()));
                check(softly, api.put("/api/v1/readiness/" + date, pip.token(), "{\"energy\":1}"));
                check(softly, api.get("/api/v1/readiness/" + date, pip.token()));
            }
            check(softly, api.get("/api/v1/steps/" + stepId + "/check-ins?from=2026-11-01&from=2026-11-02", pip.token()));
            softly.assertAll();
        }

        @Test
        void aNumberTooLongOrNestingTooDeepForTheParserIsABadRequest() {
            Person lea = api.person("lea");
            // Jackson's read limits (1000 digits, 1000 levels) refuse these while reading the tree.
            problem(api.sendingBadInput().post("/api/v1/aims", lea.token(),
                    "{\"title\":\"Run\",\"kind\":\"BUILD\",\"n\":" + "9".repeat(2000) + "}"), 400);
            problem(api.sendingBadInput().post("/api/v1/aims", lea.token(),
                    "{\"title\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"kind\":\"BUILD\"}"), 400);
            problem(api.sendingBadInput().put("/api/v1/steps/" + api.step(lea, api.aim(lea, "Walk")) + "/check-ins/" + TODAY, lea.token(),
                    "{\"outcome\":\"DONE\",\"amount\":" + "1".repeat(2000) + "}"), 400);
            assertThat(ok(api.get("/api/v1/aims", lea.token()), 200)).hasSize(1);
        }

        @Test
        void aPathThatIsThereForOtherMethodsSaysWhichAndIsNoMissingPage() {
            Person ned = api.person("ned");
            Reply reply = api.send("DELETE", "/api/v1/aims", ned.token(), null);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(405);
            assertThat(reply.header("Allow")).hasValue("GET, POST");
            assertThat(detail(reply)).isEqualTo("/api/v1/aims takes GET, POST, not DELETE.");
            assertThat(api.get("/api/v1/nothing-here", ned.token()).status()).isEqualTo(404);
        }

        @Test
        void aPathTheServerCannotReadIsStillAProblem() {
            Person pam = api.person("pam");
            for (String path : new String[] {"/api/v1/aims/%00", "/api/v1/steps/1/check-ins/2026-11-21%00"}) {
                Reply reply = api.get(path, pam.token());
                assertThat(reply.status()).as(reply.toString()).isBetween(400, 405);
                assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
                assertThat(detail(reply)).as(reply.toString()).isNotBlank();
            }
        }

        @Test
        void theLargestAndFinestStepsStillHaveADayAndBeyondThemIsAProblem() {
            Person hal = api.person("hal");
            long aimId = api.aim(hal, "Big");
            long huge = api.step(hal, aimId, "{\"action\":\"Lift\",\"amount\":1e6,\"unit\":\"kg\",\"quantum\":0.001}");
            long tiny = api.step(hal, aimId, "{\"action\":\"Sip\",\"amount\":0.001,\"unit\":\"ml\"}");
            problem(api.sendingBadInput().post("/api/v1/aims/" + aimId + "/steps", hal.token(),
                    "{\"action\":\"Lift\",\"amount\":1e308,\"unit\":\"kg\"}"), 400, "amount can be at most 1,000,000");

            SoftAssertions softly = new SoftAssertions();
            for (long stepId : new long[] {huge, tiny}) {
                for (String body : new String[] {"{\"outcome\":\"DONE\",\"amount\":1e6}", "{\"outcome\":\"MISSED\"}",
                        "{\"outcome\":\"DONE\",\"resistance\":0}", "{\"outcome\":\"DONE\",\"amount\":1e308}"}) {
                    check(softly, api.sendingBadInput().put("/api/v1/steps/" + stepId + "/check-ins/" + TODAY, hal.token(),
                            body));
                    check(softly, api.get("/api/v1/today", hal.token()));
                }
                check(softly, api.patch("/api/v1/steps/" + stepId, hal.token(), "{\"amount\":1e300,\"floor\":1e-300}"));
                check(softly, api.patch("/api/v1/steps/" + stepId, hal.token(), "{\"amount\":1e6,\"floor\":0.001}"));
                check(softly, api.get("/api/v1/steps/" + stepId + "/check-ins", hal.token()));
            }
            check(softly, api.get("/api/v1/today", hal.token()));
            softly.assertAll();
        }

        private static void check(SoftAssertions softly, Reply reply) {
            check(softly, reply, null);
        }

        /** Not a server error; a refusal is a problem with a detail. {@code sent} names the body in a failure. */
        private static void check(SoftAssertions softly, Reply reply, String sent) {
            String what = shorten(reply.toString()) + (sent == null ? "" : " for the body " + shorten(sent));
            softly.assertThat(reply.status()).as(what).isLessThan(500);
            if (reply.status() >= 400) {
                softly.assertThat(reply.contentType()).as(what).startsWith("application/problem+json");
                softly.assertThat(reply.body()).as(what).contains("\"detail\":\"")
                        .doesNotContain("StreamReadConstraints");
            }
        }

        private static String shorten(String text) {
            return text.length() > 120 ? text.substring(0, 60) + "…(" + text.length() + " chars)…"
                    + text.substring(text.length() - 20) : text;
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Everything a person has, as the API shows it. */
    private static JsonNode everything(Person who, long aimId, long stepId) {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.set("aims", ok(api.get("/api/v1/aims", who.token()), 200));
        state.set("aim", ok(api.get("/api/v1/aims/" + aimId, who.token()), 200));
        state.set("steps", ok(api.get("/api/v1/aims/" + aimId + "/steps", who.token()), 200));
        state.set("step", ok(api.get("/api/v1/steps/" + stepId, who.token()), 200));
        state.set("checkIns", ok(api.get("/api/v1/steps/" + stepId + "/check-ins", who.token()), 200));
        state.set("today", ok(api.get("/api/v1/today", who.token()), 200));
        return state;
    }
}
