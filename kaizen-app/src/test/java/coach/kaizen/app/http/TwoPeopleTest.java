package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.PASSWORD;
import static coach.kaizen.app.testing.ApiClient.detail;
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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ana and Ben share the app. Whatever Ben asks for of Ana's, on any API route or page, is "not
 * found" in the very words used for an id nobody has; never "forbidden", and Ana's data stays as
 * it was.
 */
class TwoPeopleTest extends ApiTestBase {

    private static final long NOBODYS = 987_654_321L;

    private Person ana;
    private Person ben;
    private long anasAim;
    private long anasStep;
    private long anasPhoneTokenId;
    private String anasPhoneToken;
    private long bensAim;
    private long bensStep;

    @BeforeEach
    void meetAnaAndBen() {
        ana = api.person("ana");
        anasAim = api.aim(ana, "Move more");
        anasStep = api.step(ana, anasAim, json(Map.of("action", "Walk", "amount", 5, "unit", "minutes",
                "ceiling", 30, "anchor", "after lunch")));
        ok(api.put("/api/v1/steps/" + anasStep + "/check-ins/" + TODAY, ana.token(),
                "{\"outcome\":\"DONE\",\"resistance\":2,\"note\":\"sunny\"}"), 201);
        JsonNode phone = ok(api.post("/api/v1/tokens", null,
                json(Map.of("username", ana.username(), "password", PASSWORD, "name", "phone"))), 201);
        anasPhoneTokenId = phone.get("id").asLong();
        anasPhoneToken = phone.get("token").asText();

        // Ids are counted per person, so Ben's first aim and step would have Ana's ids: his first ones are
        // gone, and the ids of Ana's things are ones he has none of.
        ben = api.person("ben");
        long gone = api.aim(ben, "Gone");
        api.step(ben, gone, "{\"action\":\"Nap\",\"amount\":1,\"unit\":\"naps\"}");
        assertThat(api.delete("/api/v1/aims/" + gone, ben.token()).status()).isEqualTo(204);
        bensAim = api.aim(ben, "Read");
        bensStep = api.step(ben, bensAim, "{\"action\":\"Read\",\"amount\":2,\"unit\":\"pages\"}");
    }

    @Test
    void everyApiRouteAnswersNotFoundForAnothersThingsAsForThingsNobodyHas() {
        JsonNode before = anasThings();

        // method, path with %d for the id, body
        List<String[]> aimRoutes = List.of(
                new String[] {"GET", "/api/v1/aims/%d", null},
                new String[] {"PATCH", "/api/v1/aims/%d", "{\"title\":\"Taken over\"}"},
                new String[] {"PATCH", "/api/v1/aims/%d", "{}"},
                new String[] {"DELETE", "/api/v1/aims/%d", null},
                new String[] {"GET", "/api/v1/aims/%d/steps", null},
                new String[] {"POST", "/api/v1/aims/%d/steps", "{\"action\":\"Sneak\",\"amount\":1,\"unit\":\"steps\"}"},
                new String[] {"GET", "/api/v1/aims/%d/recovery", null},
                new String[] {"GET", "/api/v1/aims/%d/urges", null},
                new String[] {"POST", "/api/v1/aims/%d/actions", "{\"kind\":\"BOUNDARY\"}"},
                new String[] {"POST", "/api/v1/aims/%d/urges", "{\"intensity\":3,\"passed\":true}"},
                new String[] {"POST", "/api/v1/aims/%d/slips", "{\"date\":\"" + TODAY + "\"}"});
        List<String[]> stepRoutes = List.of(
                new String[] {"GET", "/api/v1/steps/%d", null},
                new String[] {"PATCH", "/api/v1/steps/%d", "{\"amount\":50}"},
                new String[] {"PATCH", "/api/v1/steps/%d", "{\"anchor\":null}"},
                new String[] {"DELETE", "/api/v1/steps/%d", null},
                new String[] {"PUT", "/api/v1/steps/%d/check-ins/" + TODAY, "{\"outcome\":\"MISSED\"}"},
                new String[] {"PUT", "/api/v1/steps/%d/check-ins/2026-11-20", "{\"outcome\":\"SKIPPED\"}"},
                new String[] {"GET", "/api/v1/steps/%d/check-ins", null},
                new String[] {"GET", "/api/v1/steps/%d/check-ins?from=2026-11-01&to=" + TODAY, null},
                new String[] {"POST", "/api/v1/steps/%d/choices", "{\"size\":1}"},
                new String[] {"DELETE", "/api/v1/steps/%d/choices/" + TODAY, null});
        List<String[]> tokenRoutes = List.<String[]>of(new String[] {"DELETE", "/api/v1/tokens/%d", null});

        for (String[] route : aimRoutes) {
            notFoundLikeNobodys(route, anasAim, "no aim with that id");
        }
        for (String[] route : stepRoutes) {
            notFoundLikeNobodys(route, anasStep, "no step with that id");
        }
        // Ana's first token has the id of Ben's own (his to delete); her phone's is one he has none of.
        assertThat(anasPhoneTokenId).isNotEqualTo(ben.tokenId());
        for (String[] route : tokenRoutes) {
            notFoundLikeNobodys(route, anasPhoneTokenId, "no token with that id");
        }

        // Ana's things are as they were, both her tokens still open the API, and Ben sees only his own.
        assertThat(anasThings()).isEqualTo(before);
        ok(api.get("/api/v1/aims", anasPhoneToken), 200);
        assertThat(ids(ok(api.get("/api/v1/aims", ben.token()), 200), "id")).containsExactly(bensAim);
        assertThat(ids(ok(api.get("/api/v1/today", ben.token()), 200), "stepId")).containsExactly(bensStep);
    }

    @Test
    void anothersThingsCannotBeReachedThroughOnesOwnEither() {
        JsonNode before = anasThings();
        // Ben's own aim with Ana's step id in the body is refused: the API has no way to name another aim.
        problem(api.sendingBadInput().patch("/api/v1/steps/" + bensStep, ben.token(), "{\"aimId\":" + anasAim + "}"), 400,
                "unknown field 'aimId'");
        problem(api.sendingBadInput().post("/api/v1/aims/" + bensAim + "/steps", ben.token(),
                "{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"aimId\":" + anasAim + "}"), 400,
                "unknown field 'aimId'");
        assertThat(anasThings()).isEqualTo(before);
    }

    @Test
    void pagesAnswerNotFoundForAnothersThingsAndFormsNeedTheirToken() {
        JsonNode anasBefore = anasThings();
        JsonNode bensBefore = bensThings();
        Browser browser = browser();

        // Sign Ben in through the forms.
        Reply loginPage = browser.get("/login");
        assertThat(loginPage.status()).isEqualTo(200);
        String formToken = csrf(loginPage);
        assertThat(loginPage.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).contains("kaizen_form="));
        problem403(browser.post("/login", Map.of("username", ben.username(), "password", PASSWORD)));
        Reply loggedIn = browser.post("/login", Map.of("csrf", formToken, "username", ben.username(),
                "password", PASSWORD));
        assertThat(loggedIn.status()).as(loggedIn.toString()).isEqualTo(303);
        assertThat(loggedIn.header("Location")).contains("/today");

        Reply aims = browser.get("/aims");
        assertThat(aims.status()).as(aims.toString()).isEqualTo(200);
        String bensToken = csrf(aims);
        assertThat(bensToken).isNotEqualTo(formToken);
        Reply ownStep = browser.get("/steps/" + bensStep);
        assertThat(ownStep.status()).as(ownStep.toString()).isEqualTo(200);

        // Pages of Ana's things are not found, exactly like pages of things nobody has.
        pageNotFoundLikeNobodys(browser, "/aims/%d", anasAim, "No aim with that id");
        pageNotFoundLikeNobodys(browser, "/steps/%d", anasStep, "No step with that id");

        // So are Ben's forms aimed at Ana's things, though they carry Ben's own token.
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("/steps/%d/check-ins", Map.of("csrf", bensToken, "day", TODAY, "outcome", "MISSED", "from", "step"));
        forms.put("/steps/%d", Map.of("csrf", bensToken, "action", "Taken", "amount", "9", "unit", "minutes"));
        forms.put("/steps/%d/delete", Map.of("csrf", bensToken, "confirm", "on"));
        for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
            formNotFoundLikeNobodys(browser, form.getKey(), anasStep, form.getValue(), "No step with that id");
        }
        forms.clear();
        forms.put("/aims/%d", Map.of("csrf", bensToken, "title", "Taken over", "kind", "BUILD"));
        forms.put("/aims/%d/steps", Map.of("csrf", bensToken, "action", "Sneak", "amount", "1", "unit", "steps"));
        forms.put("/aims/%d/delete", Map.of("csrf", bensToken, "confirm", "on"));
        for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
            formNotFoundLikeNobodys(browser, form.getKey(), anasAim, form.getValue(), "No aim with that id");
        }

        // A form without its token, or with another's, is refused before anything else is looked at.
        problem403(browser.post("/steps/" + anasStep + "/check-ins", Map.of("day", TODAY, "outcome", "MISSED")));
        problem403(browser.post("/steps/" + bensStep + "/check-ins", Map.of("day", TODAY, "outcome", "DONE")));
        problem403(browser.post("/steps/" + bensStep + "/check-ins",
                Map.of("csrf", formToken, "day", TODAY, "outcome", "DONE")));
        problem403(browser.post("/steps/" + bensStep + "/check-ins",
                Map.of("csrf", bensToken + "x", "day", TODAY, "outcome", "DONE")));
        problem403(browser.post("/aims", Map.of("title", "No token", "kind", "BUILD")));
        problem403(browser.post("/aims/" + bensAim + "/delete", Map.of("confirm", "on")));
        problem403(browser.post("/logout", Map.of()));

        assertThat(anasThings()).isEqualTo(anasBefore);
        assertThat(bensThings()).isEqualTo(bensBefore);

        // With its token, Ben's own form works: the refusals above were about the token alone.
        Reply checkedIn = browser.post("/steps/" + bensStep + "/check-ins",
                Map.of("csrf", bensToken, "day", TODAY, "outcome", "DONE", "from", "step"));
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(303);
        assertThat(ok(api.get("/api/v1/steps/" + bensStep + "/check-ins", ben.token()), 200)).hasSize(1);
        assertThat(anasThings()).isEqualTo(anasBefore);
    }

    // ------------------------------------------------------------------ API helpers

    private void notFoundLikeNobodys(String[] route, long anasId, String detail) {
        Reply anas = api.send(route[0], String.format(route[1], anasId), ben.token(), route[2]);
        Reply nobodys = api.send(route[0], String.format(route[1], NOBODYS), ben.token(), route[2]);
        assertThat(anas.status()).as(anas.toString()).isNotEqualTo(403);
        problem(anas, 404, detail);
        problem(nobodys, 404, detail);
        assertThat(anas.json().get("title")).isEqualTo(nobodys.json().get("title"));
        assertThat(detail(anas)).as(anas.toString()).isEqualTo(detail(nobodys));
    }

    private JsonNode anasThings() {
        ObjectNode things = JsonNodeFactory.instance.objectNode();
        things.set("aims", ok(api.get("/api/v1/aims", ana.token()), 200));
        things.set("aim", ok(api.get("/api/v1/aims/" + anasAim, ana.token()), 200));
        things.set("steps", ok(api.get("/api/v1/aims/" + anasAim + "/steps", ana.token()), 200));
        things.set("step", ok(api.get("/api/v1/steps/" + anasStep, ana.token()), 200));
        things.set("checkIns", ok(api.get("/api/v1/steps/" + anasStep + "/check-ins?from=2026-11-01&to=" + TODAY,
                ana.token()), 200));
        things.set("today", ok(api.get("/api/v1/today", ana.token()), 200));
        assertThat(things.get("aims")).hasSize(1);
        assertThat(things.get("checkIns")).hasSize(1);
        return things;
    }

    private JsonNode bensThings() {
        ObjectNode things = JsonNodeFactory.instance.objectNode();
        things.set("aims", ok(api.get("/api/v1/aims", ben.token()), 200));
        things.set("steps", ok(api.get("/api/v1/aims/" + bensAim + "/steps", ben.token()), 200));
        things.set("checkIns", ok(api.get("/api/v1/steps/" + bensStep + "/check-ins", ben.token()), 200));
        return things;
    }

    // ------------------------------------------------------------------ page helpers

    private static void pageNotFoundLikeNobodys(Browser browser, String path, long anasId, String detail) {
        Reply anas = browser.get(String.format(path, anasId));
        Reply nobodys = browser.get(String.format(path, NOBODYS));
        notFoundPage(anas, detail);
        notFoundPage(nobodys, detail);
        assertThat(anas.body()).isEqualTo(nobodys.body());
    }

    private static void formNotFoundLikeNobodys(Browser browser, String path, long anasId, Map<String, String> fields,
            String detail) {
        Reply anas = browser.post(String.format(path, anasId), fields);
        Reply nobodys = browser.post(String.format(path, NOBODYS), fields);
        notFoundPage(anas, detail);
        notFoundPage(nobodys, detail);
        assertThat(anas.body()).isEqualTo(nobodys.body());
    }

    private static void notFoundPage(Reply reply, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("text/html");
        assertThat(reply.body()).as(reply.toString()).contains("<h1>Not found</h1>", detail);
    }

    private static void problem403(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("text/html");
        assertThat(reply.body()).as(reply.toString()).contains("This form has expired", "nothing was changed");
    }
}
