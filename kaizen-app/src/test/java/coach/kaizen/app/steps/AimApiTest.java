package coach.kaizen.app.steps;

import static coach.kaizen.app.testing.ApiClient.PASSWORD;
import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static coach.kaizen.app.testing.Browser.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/v1/aims: made, listed, read, changed, deleted, and bad aims refused; and adding steps on the aim's page. */
class AimApiTest extends ApiTestBase {

    @Test
    void areMadeListedReadChangedAndDeleted() {
        Person amy = api.person("amy");
        ok(api.get("/api/v1/aims", amy.token()), 200);
        assertThat(api.get("/api/v1/aims", amy.token()).json()).isEmpty();

        JsonNode made = ok(api.post("/api/v1/aims", amy.token(), "{\"title\":\"  Move more  \",\"kind\":\"BUILD\"}"), 201);
        assertThat(fieldNames(made)).containsExactlyInAnyOrder("id", "title", "kind", "identity", "counterFrom");
        assertThat(made.get("identity").isNull()).isTrue();
        assertThat(made.get("id").asLong()).isPositive();
        assertThat(made.get("title").asText()).isEqualTo("Move more");
        assertThat(made.get("kind").asText()).isEqualTo("BUILD");
        long id = made.get("id").asLong();
        JsonNode second = ok(api.post("/api/v1/aims", amy.token(), "{\"title\":\"Less sugar\",\"kind\":\"RECOVER\"}"), 201);

        JsonNode list = ok(api.get("/api/v1/aims", amy.token()), 200);
        assertThat(list).containsExactly(made, second);
        assertThat(ok(api.get("/api/v1/aims/" + id, amy.token()), 200)).isEqualTo(made);

        JsonNode changed = ok(api.patch("/api/v1/aims/" + id, amy.token(), "{\"title\":\"Walk daily\",\"kind\":\"RECOVER\","
                + "\"identity\":\" I am someone who walks \"}"), 200);
        assertThat(changed.get("title").asText()).isEqualTo("Walk daily");
        assertThat(changed.get("identity").asText()).isEqualTo("I am someone who walks");
        assertThat(changed.get("kind").asText()).isEqualTo("RECOVER");
        assertThat(ok(api.get("/api/v1/aims/" + id, amy.token()), 200)).isEqualTo(changed);

        Reply deleted = api.delete("/api/v1/aims/" + id, amy.token());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        problem(api.get("/api/v1/aims/" + id, amy.token()), 404, "no aim with that id");
        problem(api.delete("/api/v1/aims/" + id, amy.token()), 404, "no aim with that id");
        problem(api.patch("/api/v1/aims/" + id, amy.token(), "{\"title\":\"back\"}"), 404, "no aim with that id");
        assertThat(ok(api.get("/api/v1/aims", amy.token()), 200)).containsExactly(second);
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        Person pat = api.person("pat");
        long id = api.aim(pat, "Read more");

        JsonNode titled = ok(api.patch("/api/v1/aims/" + id, pat.token(), "{\"title\":\"Read every day\"}"), 200);
        assertThat(titled.get("title").asText()).isEqualTo("Read every day");
        assertThat(titled.get("kind").asText()).isEqualTo("BUILD");

        JsonNode kinded = ok(api.patch("/api/v1/aims/" + id, pat.token(), "{\"kind\":\"RECOVER\"}"), 200);
        assertThat(kinded.get("title").asText()).isEqualTo("Read every day");
        assertThat(kinded.get("kind").asText()).isEqualTo("RECOVER");

        assertThat(ok(api.patch("/api/v1/aims/" + id, pat.token(), "{}"), 200)).isEqualTo(kinded);
        assertThat(ok(api.get("/api/v1/aims/" + id, pat.token()), 200)).isEqualTo(kinded);
    }

    @Test
    void badAimsAreRefusedAndChangeNothing() {
        Person bea = api.person("bea");
        long id = api.aim(bea, "Sleep earlier");
        JsonNode before = ok(api.get("/api/v1/aims", bea.token()), 200);

        Map<String, List<String>> refusals = new LinkedHashMap<>();
        refusals.put("{\"title\":\"Run\",\"kind\":\"MAYBE\"}", List.of("'kind'", "BUILD", "RECOVER"));
        refusals.put("{\"title\":\"\",\"kind\":\"BUILD\"}", List.of("title is required"));
        refusals.put("{\"title\":\"   \",\"kind\":\"BUILD\"}", List.of("title is required"));
        refusals.put("{\"kind\":\"BUILD\"}", List.of("title is required"));
        refusals.put("{\"title\":\"" + "t".repeat(121) + "\",\"kind\":\"BUILD\"}",
                List.of("title can be at most 120 characters"));
        refusals.put("{\"title\":\"Run\"}", List.of("kind is required", "BUILD", "RECOVER"));
        refusals.put("{\"title\":\"Run\",\"kind\":null}", List.of("kind is required"));
        refusals.put("{\"title\":\"Run\",\"kind\":\"BUILD\",\"colour\":\"red\"}",
                List.of("unknown field 'colour'", "kind", "title"));
        refusals.put("{\"title\":\"Run\",\"kind\":\"BUILD\"", List.of("not valid JSON"));
        refusals.put("{\"title\":\"Run\",\"kind\":\"BUILD\"} {}", List.of());
        refusals.put("", List.of("JSON object"));
        refusals.put("[{\"title\":\"Run\",\"kind\":\"BUILD\"}]", List.of("JSON object"));
        refusals.put("null", List.of("JSON object"));
        refusals.put("{\"title\":[\"Run\"],\"kind\":\"BUILD\"}", List.of("'title'"));
        refusals.put("{\"title\":\"Run\",\"kind\":[\"BUILD\"]}", List.of("'kind'"));

        refusals.forEach((body, detail) -> {
            problem(api.sendingBadInput().post("/api/v1/aims", bea.token(), body), 400, detail.toArray(String[]::new));
            assertThat(api.get("/api/v1/aims", bea.token()).json()).as(body).isEqualTo(before);
        });
        // The same rules hold for a change, except that a missing field keeps its value.
        refusals.forEach((body, detail) -> {
            if (body.startsWith("{\"title\":\"Run\"}") || body.startsWith("{\"kind\":\"BUILD\"}")) {
                return;
            }
            problem(api.sendingBadInput().patch("/api/v1/aims/" + id, bea.token(), body), 400, detail.toArray(String[]::new));
            assertThat(api.get("/api/v1/aims", bea.token()).json()).as(body).isEqualTo(before);
        });
        problem(api.sendingBadInput().patch("/api/v1/aims/" + id, bea.token(), "{\"title\":null}"), 400, "title is required");
        assertThat(api.get("/api/v1/aims", bea.token()).json()).isEqualTo(before);

        ok(api.post("/api/v1/aims", bea.token(), "{\"title\":\"" + "t".repeat(120) + "\",\"kind\":\"BUILD\"}"), 201);
    }

    @Test
    void aKindIsOneOfItsNamesNotANumber() {
        Person kim = api.person("kim");
        // Jackson would otherwise take 0 and 1 as the enum's positions: BUILD and RECOVER.
        problem(api.sendingBadInput().post("/api/v1/aims", kim.token(), "{\"title\":\"Run\",\"kind\":1}"), 400, "'kind'", "BUILD");
        assertThat(api.get("/api/v1/aims", kim.token()).json()).isEmpty();
        long id = api.aim(kim, "Walk");
        problem(api.sendingBadInput().patch("/api/v1/aims/" + id, kim.token(), "{\"kind\":1}"), 400, "'kind'");
        assertThat(ok(api.get("/api/v1/aims/" + id, kim.token()), 200).get("kind").asText()).isEqualTo("BUILD");
    }

    @Test
    void aSpanishSpeakersBadRequestIsRefusedInSpanish() {
        Person eva = api.person("eva");
        ok(api.patch("/api/v1/me", eva.token(), "{\"language\":\"es\"}"), 200);
        String aims = "/api/v1/aims";
        assertThat(said(api.post(aims, eva.token(), "{\"title\":\"\",\"kind\":\"BUILD\"}"), 400))
                .isEqualTo("falta title");
        assertThat(said(api.sendingBadInput().post(aims, eva.token(), "{\"title\":\"" + "t".repeat(121) + "\",\"kind\":\"BUILD\"}"), 400))
                .isEqualTo("title admite como mucho 120 caracteres");
        assertThat(said(api.sendingBadInput().post(aims, eva.token(), "{\"title\":5,\"kind\":\"BUILD\"}"), 400))
                .isEqualTo("'title' va como texto entre comillas, no 5");
        assertThat(said(api.sendingBadInput().post(aims, eva.token(), "{\"title\":\"Run\",\"kind\":\"BUILD\",\"x\":1}"), 400))
                .isEqualTo("no conocemos el campo 'x'; los campos son: counterFrom, identity, kind, title");
        assertThat(said(api.sendingBadInput().post(aims, eva.token(), ""), 400))
                .isEqualTo("la petición necesita un objeto JSON como cuerpo");
        assertThat(said(api.sendingBadInput().post(aims, eva.token(), "{\"title\":\"Run\""), 400))
                .startsWith("el cuerpo no es JSON válido (línea 1, columna ");
        assertThat(said(api.get(aims + "/424242", eva.token()), 404)).isEqualTo("no hay ninguna meta con ese id");
        assertThat(said(api.sendingBadInput().post(aims, eva.token(),
                "{\"title\":\"Run\",\"kind\":\"BUILD\",\"counterFrom\":\"2026-02-30\"}"), 400))
                .isEqualTo("'counterFrom' tiene un valor de un tipo que no corresponde: 2026-02-30");
        long step = api.step(eva, api.aim(eva, "Caminar"));
        assertThat(said(api.get("/api/v1/steps/" + step + "/check-ins?from=2026-02-30", eva.token()), 400))
                .isEqualTo("from va como una fecha real escrita AAAA-MM-DD, no '2026-02-30'");
    }

    private static String said(Reply reply, int status) {
        return problem(reply, status).path("detail").asText();
    }

    @Test
    void anIdThatIsNotAPositiveNumberIsNotFound() {
        Person ned = api.person("ned");
        for (String id : new String[] {"abc", "0", "-1", "1.5", "1e3", "99999999999999999999", "%20"}) {
            problem(api.get("/api/v1/aims/" + id, ned.token()), 404, "no aim with that id");
            problem(api.patch("/api/v1/aims/" + id, ned.token(), "{\"title\":\"x\"}"), 404, "no aim with that id");
            problem(api.delete("/api/v1/aims/" + id, ned.token()), 404, "no aim with that id");
            problem(api.get("/api/v1/aims/" + id + "/steps", ned.token()), 404, "no aim with that id");
            problem(api.post("/api/v1/aims/" + id + "/steps", ned.token(), WALK), 404, "no aim with that id");
        }
        problem(api.get("/api/v1/aims/424242", ned.token()), 404, "no aim with that id");
    }

    @Test
    void addThisStepGoesBackToTheAimWhichShowsEachStepsSchedule() {
        Person ria = api.person("ria");
        long aimId = api.aim(ria, "Move more");
        Browser browser = browser();
        browser.post("/login", Map.of("csrf", csrf(browser.get("/login")), "username", ria.username(),
                "password", PASSWORD));
        String token = csrf(browser.get("/aims/" + aimId));
        Reply walk = browser.post("/aims/" + aimId + "/steps", Map.of("csrf", token, "action", "Walk",
                "amount", "10", "unit", "minutes", "every", "day"));
        assertThat(walk.status()).as(walk.toString()).isEqualTo(303);
        assertThat(walk.header("Location")).hasValue("/aims/" + aimId + "?added");
        Reply stretch = browser.post("/aims/" + aimId + "/steps", Map.of("csrf", token, "action", "Stretch",
                "amount", "2", "unit", "minutes", "every", "weekdays", "on_sat", "on", "on_sun", "on"));
        assertThat(stretch.header("Location")).hasValue("/aims/" + aimId + "?added");
        browser.post("/aims/" + aimId + "/steps", Map.of("csrf", token, "action", "Swim", "amount", "10",
                "unit", "lengths", "every", "times", "times", "3", "days", "7"));

        String page = browser.get("/aims/" + aimId).body();
        assertThat(page).contains("from 10 minutes, every day", "from 2 minutes, on Saturdays and Sundays",
                "from 10 lengths, 3 times in 7 days", "Add another step", "See your steps on Today");
    }
}
