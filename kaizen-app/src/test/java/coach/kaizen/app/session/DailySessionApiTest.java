package coach.kaizen.app.session;

import static coach.kaizen.app.testing.ApiClient.PASSWORD;
import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static coach.kaizen.app.testing.Browser.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import coach.kaizen.core.session.Situation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/v1/session and the journal it fills, over the API and the pages. */
class DailySessionApiTest extends ApiTestBase {

    @Test
    void arePartWalkedOverTheApiAndTheAnswerFillsTheJournal() {
        Person kim = api.person("kim");
        long aim = api.aim(kim, "Move more");
        api.step(kim, aim);
        problem(api.post("/api/v1/session/question", kim.token(), "{\"skip\":true}"), 422,
                "say how you are today first");

        JsonNode arrived = ok(api.post("/api/v1/session/arrive", kim.token(), "{\"energy\":7,\"stress\":3}"), 200);
        assertThat(texts(arrived.get("parts"))).containsExactly("arrive", "today", "question", "close");
        assertThat(texts(arrived.get("done"))).containsExactly("arrive");
        assertThat(arrived.get("current").asText()).isEqualTo("today");
        assertThat(arrived.get("question").get("text").asText()).endsWith("?");
        assertThat(ok(api.get("/api/v1/session", kim.token()), 200)).isEqualTo(arrived);

        problem(api.post("/api/v1/session/parts/dance/next", kim.token(), null), 422, "no part called dance");
        problem(api.post("/api/v1/session/parts/obstacle/next", kim.token(), null), 422,
                "today's session has no obstacle part");
        JsonNode moved = ok(api.post("/api/v1/session/parts/today/next", kim.token(), null), 200);
        assertThat(moved.get("current").asText()).isEqualTo("question");

        problem(api.post("/api/v1/session/question", kim.token(), "{\"answer\":\"  \"}"), 400, "answer is required");
        problem(api.post("/api/v1/session/question", kim.token(), "{\"answer\":\"x\",\"aimId\":999999}"), 404);
        JsonNode answered = ok(api.post("/api/v1/session/question", kim.token(),
                "{\"answer\":\"Shoes by the door\",\"aimId\":" + aim + "}"), 200);
        assertThat(answered.get("current").asText()).isEqualTo("close");
        assertThat(answered.get("close").get("win").asText()).contains("showed up");

        JsonNode finished = ok(api.post("/api/v1/session/finish", kim.token(), null), 200);
        assertThat(finished.get("finished").asBoolean()).isTrue();
        assertThat(finished.get("current").isNull()).isTrue();

        JsonNode journal = ok(api.get("/api/v1/journal?q=SHOES", kim.token()), 200);
        assertThat(journal).hasSize(1);
        assertThat(journal.get(0).get("aim").asText()).isEqualTo("Move more");
        assertThat(journal.get(0).get("date").asText()).isEqualTo(TODAY);
        assertThat(ok(api.get("/api/v1/journal?q=rain", kim.token()), 200)).isEmpty();
        problem(api.get("/api/v1/journal?q=" + "x".repeat(101), kim.token()), 400, "search can be at most 100");
    }

    /** Someone with no step yet is shown the way to one, and asked something that needs no step. */
    @Test
    void someoneWithNoStepYetIsShownTheWayToOneAndAskedWithoutOne() {
        // Eight people, so that a question that fits by chance (one any-day question in five does) cannot pass for all.
        Person noa = api.person("noa");
        for (int i = 0; i < 8; i++) {
            Person someone = i == 0 ? noa : api.person("new" + i);
            JsonNode arrived = ok(api.post("/api/v1/session/arrive", someone.token(), "{\"energy\":7,\"stress\":3}"),
                    200);
            String asked = arrived.get("question").get("id").asText();
            assertThat(Questions.standard().bank().find(asked).orElseThrow().fits(Situation.NO_STEP)).as(asked)
                    .isTrue();
        }

        Browser browser = signedIn(noa);
        assertThat(browser.get("/session/today").body()).as("not only rest: nothing is made yet")
                .contains("<a href=\"/aims\">Choose an aim and a first tiny step</a>")
                .doesNotContain("Rest counts too");
        long aim = api.aim(noa, "Move more");
        long walk = api.step(noa, aim);
        ok(api.patch("/api/v1/steps/" + walk, noa.token(), "{\"archived\":true}"), 200);
        assertThat(browser.get("/session/today").body()).contains("Your steps are set aside");
    }

    @Test
    void aSpanishPersonIsAskedAndAnsweredInSpanish() {
        Person sol = api.person("sol");
        api.step(sol, api.aim(sol, "Moverme más"));
        ok(api.patch("/api/v1/me", sol.token(), "{\"language\":\"es\"}"), 200);
        JsonNode arrived = ok(api.post("/api/v1/session/arrive", sol.token(), "{\"energy\":7,\"stress\":3}"), 200);
        JsonNode question = arrived.get("question");
        assertThat(question.get("text").asText())
                .isEqualTo(Questions.standard().in("es").find(question.get("id").asText()).orElseThrow().text())
                // Spanish opens a question with ¿, after any clause before it ("Si esta semana…, ¿qué diría?").
                .contains("¿").endsWith("?");
        problem(api.post("/api/v1/session/parts/dance/next", sol.token(), null), 422,
                "no hay ninguna parte llamada dance");
        ok(api.post("/api/v1/session/parts/today/next", sol.token(), null), 200);
        JsonNode answered = ok(api.post("/api/v1/session/question", sol.token(), "{\"answer\":\"Las zapatillas\"}"),
                200);
        assertThat(answered.get("close").get("win").asText())
                .isEqualTo("Te presentaste y miraste tu día con honestidad. Presentarse es el hábito que sostiene "
                        + "todos los demás.");
        JsonNode journal = ok(api.get("/api/v1/journal", sol.token()), 200);
        assertThat(journal.get(0).get("question").asText()).isEqualTo(question.get("text").asText());
    }

    @Test
    void notSafeRightNowIsKeptWithTheDayAndHoldsTheSteps() {
        Person lee = api.person("lee");
        long step = api.step(lee, api.aim(lee, "Calm evenings"));
        JsonNode arrived = ok(api.post("/api/v1/session/arrive", lee.token(), "{\"notSafe\":true}"), 200);
        assertThat(arrived.get("parts")).as("nothing to reflect on after the crisis card")
                .extracting(JsonNode::asText).containsExactly("arrive", "today", "close");
        assertThat(arrived.get("question").isNull()).isTrue();
        ok(api.post("/api/v1/session/parts/today/next", lee.token(), null), 200);
        assertThat(signedIn(lee).get("/session/close").body()).as("no homework, only where help is")
                .contains("help stays one tap away: <a href=\"/help\">the numbers to call and your safety plan</a>")
                .doesNotContain("Who are you becoming?");
        assertThat(ok(api.get("/api/v1/readiness/" + TODAY, lee.token()), 200).get("notSafe").asBoolean()).isTrue();
        JsonNode today = ok(api.get("/api/v1/today", lee.token()), 200);
        assertThat(today.get(0).get("stepId").asLong()).isEqualTo(step);
        assertThat(today.get(0).get("proposal").asText()).as("a crisis is a hard day: the floor").isEqualTo("FLOOR");
        problem(api.sendingBadInput().post("/api/v1/session/arrive", lee.token(), "{\"energy\":11}"), 400, "energy must be from 0 to 10");
        assertThat(ok(api.get("/api/v1/readiness/" + TODAY, lee.token()), 200).get("notSafe").asBoolean())
                .as("the refused answer changed nothing").isTrue();
        assertThat(ok(api.get("/api/v1/session", lee.token()), 200).get("crisis").asBoolean()).isTrue();
        ok(api.put("/api/v1/readiness/" + TODAY, lee.token(), "{\"energy\":6,\"stress\":3}"), 200);
        assertThat(ok(api.get("/api/v1/readiness/" + TODAY, lee.token()), 200).get("notSafe").asBoolean())
                .as("said once, kept for the day").isTrue();
        assertThat(ok(api.get("/api/v1/today", lee.token()), 200).get(0).get("proposal").asText()).isEqualTo("FLOOR");
    }

    @Test
    void theSessionAndTheJournalSpeakSpanishToASpanishReader() {
        Person ben = api.person("ben");
        api.step(ben, api.aim(ben, "Read"), "{\"action\":\"Read\",\"amount\":2,\"unit\":\"pages\"}");
        ok(api.patch("/api/v1/me", ben.token(), "{\"language\":\"es\"}"), 200);
        Browser browser = browser();
        Reply loginPage = browser.get("/login");
        Reply loggedIn = browser.post("/login", Map.of("csrf", csrf(loginPage), "username", ben.username(),
                "password", PASSWORD));
        assertThat(loggedIn.status()).as(loggedIn.toString()).isEqualTo(303);

        Reply arrive = browser.get("/session/arrive");
        assertThat(arrive.status()).as(arrive.toString()).isEqualTo(200);
        assertThat(arrive.body()).contains("<h1>¿Cómo estás hoy?</h1>", ">Ahora mismo no estoy a salvo</button>",
                ">Seguir</button>");
        JsonNode arrived = ok(api.post("/api/v1/session/arrive", ben.token(), "{\"energy\":7,\"stress\":3}"), 200);
        String asked = arrived.get("question").get("text").asText();
        assertThat(asked).isEqualTo(Questions.standard().in("es").find(arrived.get("question").get("id").asText())
                .orElseThrow().text());

        Reply closeTooSoon = browser.get("/session/close");
        assertThat(closeTooSoon.status()).as("the close before its turn leads to the part the session is at")
                .isEqualTo(303);
        assertThat(closeTooSoon.header("Location")).contains("/session/" + arrived.get("current").asText());

        Reply question = browser.get("/session/question");
        assertThat(question.body()).contains("<h1>Una pequeña pregunta</h1>", "aria-label=\"La sesión de hoy\"",
                ">Llegar</li>", ">Guardar mi respuesta</button>", "class=\"question\">" + asked + "</label>");
        Reply refused = browser.post("/session/obstacle", Map.of("csrf", csrf(question), "action", "later"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("<h1>Lo que se pone en medio</h1>",
                "<p class=\"error\" role=\"alert\">La sesión de hoy no tiene la parte «Un obstáculo».</p>");

        Reply journal = browser.get("/journal?q=nada");
        assertThat(journal.body()).contains("<h1>Tu diario</h1>", ">Busca en tus respuestas</label>",
                "Ninguna respuesta contiene «nada».", ">Verlas todas</a>");
    }

    /** Looking back asks how hard in three taps, as Done on Today does: a phone shows a day in one screen. */
    @Test
    void lookingBackAsksHowHardInThreeTapsAndKeepsTheTap() {
        Person noa = api.person("noa");
        long walk = earlierStep(noa);
        Browser browser = signedIn(noa);
        ok(api.post("/api/v1/session/arrive", noa.token(), "{\"energy\":7,\"stress\":3}"), 200);
        Reply page = browser.get("/session/look-back");
        assertThat(page.body()).contains(">Easy</span>", ">OK</span>", ">Hard</span>", "if you remember")
                .doesNotContain("value=\"10\"");

        Reply said = browser.post("/session/look-back", Map.of("csrf", csrf(page), "stepId", String.valueOf(walk),
                "day", "2026-11-20", "outcome", "DONE", "resistance", "8"));
        assertThat(said.status()).as(said.toString()).isEqualTo(303);
        JsonNode checkIns = ok(api.get("/api/v1/steps/" + walk + "/check-ins", noa.token()), 200);
        assertThat(checkIns).hasSize(1);
        assertThat(checkIns.get(0).get("resistance").asInt()).as("Hard, kept as the tap after Done keeps it")
                .isEqualTo(8);
    }
}
