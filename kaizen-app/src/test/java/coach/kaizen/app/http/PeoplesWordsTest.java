package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person's own words come back as they wrote them, and text no keyboard makes is refused, never stored. */
class PeoplesWordsTest extends ApiTestBase {

    /** Curly quotes, accents and an emoji: what a "?" in place of a character would show at once. */
    private static final String WORDS = "“walk at 7am” à l’école 😀";

    @Test
    void aProblemEchoesThePersonsWordsInUtf8AndSaysSo() {
        Person ana = api.person("ana");
        Reply refused = api.get("/api/v1/readiness/" + URLEncoder.encode(WORDS, StandardCharsets.UTF_8).replace("+", "%20"), ana.token());
        problem(refused, 400, "not '" + WORDS + "'");
        assertThat(utf8(refused)).isEqualTo("application/problem+json;charset=utf-8");
    }

    @Test
    void aRefusedFormIsShownAgainWithTheWordsAsTyped() {
        Browser browser = browser();
        Reply signUp = browser.get("/signup");
        Reply refused = browser.post("/signup", Map.of("csrf", Browser.csrf(signUp), "username", WORDS,
                "password", "a long secret", "timeZone", "Europe/Paris"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(utf8(refused)).isEqualTo("text/html;charset=utf-8");
        assertThat(refused.body()).contains("value=\"“walk at 7am” à l’école 😀\"");
        assertThat(refused.body()).as("the problem names its field, for the page to mark it")
                .contains("id=\"form-error\" tabindex=\"-1\" autofocus data-field=\"username\"");
    }

    @Test
    void aPageShowsThePersonsWordsInUtf8AndSaysSo() {
        Person ana = api.person("ana");
        api.aim(ana, WORDS);
        Browser browser = signedIn(ana);
        Reply aims = browser.get("/aims");
        assertThat(utf8(aims)).isEqualTo("text/html;charset=utf-8");
        assertThat(aims.body()).contains(">" + WORDS + "</a>");
    }

    @Test
    void aFieldSentTwiceIsRefusedByNameAndNothingIsSaved() {
        Person ana = api.person("ana");
        problem(api.post("/api/v1/aims", ana.token(), "{\"title\":\"Walk\",\"kind\":\"BUILD\",\"title\":\"Run\"}"), 400,
                "'title' is sent twice");
        long aimId = api.aim(ana, "Walk");
        problem(api.patch("/api/v1/aims/" + aimId, ana.token(), "{\"title\":\"Run\",\"title\":\"Swim\"}"), 400,
                "'title' is sent twice");
        assertThat(titles(ana)).containsExactly("Walk");
    }

    @Test
    void aControlCharacterIsRefusedByNameAndWhatWasSavedStays() {
        Person ana = api.person("ana");
        long aimId = api.aim(ana, "Walk");
        for (String sent : new String[] {"Run\u0000", "Run\u0007", "Run\u001b[31m", "Run\u007f", "Run\u0085"}) {
            problem(api.patch("/api/v1/aims/" + aimId, ana.token(), "{\"title\":" + json(sent) + "}"), 400,
                    "'title' holds a control character", "Nothing was saved");
            problem(api.post("/api/v1/aims", ana.token(), "{\"title\":" + json(sent) + ",\"kind\":\"BUILD\"}"), 400,
                    "'title' holds a control character");
        }
        assertThat(titles(ana)).containsExactly("Walk");

        Browser browser = signedIn(ana);
        Reply aims = browser.get("/aims");
        Reply refused = browser.post("/aims", Map.of("csrf", Browser.csrf(aims), "title", "Swim\u0000",
                "kind", "BUILD"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(utf8(refused)).isEqualTo("text/html;charset=utf-8");
        assertThat(refused.body()).contains("<h1>That did not go through</h1>", "'title' holds a control character");
        assertThat(titles(ana)).containsExactly("Walk");
    }

    /** Text not in whole characters is refused, not saved altered ("?" for half an emoji, "�" for a bad byte). */
    @Test
    void halfACharacterOrABodyNotInUtf8IsRefusedAndNothingIsSaved() {
        Person ana = api.person("ana");
        api.aim(ana, "Walk");
        problem(api.post("/api/v1/aims", ana.token(),
                "{\"title\":\"Run\",\"kind\":\"BUILD\",\"identity\":\"\\ud800\"}"), 400,
                "'identity' holds half of a character", "Nothing was saved");
        ok(api.post("/api/v1/aims", ana.token(), "{\"title\":\"Run \\ud83c\\udf31\",\"kind\":\"BUILD\"}"), 201);
        byte[] latin1 = "{\"title\":\"Caf\u00e9\",\"kind\":\"BUILD\"}".getBytes(StandardCharsets.ISO_8859_1);
        problem(api.sendBytes("POST", "/api/v1/aims", ana.token(), "application/json", latin1), 400,
                "the body is not UTF-8 text (byte 14 begins no character)");
        assertThat(titles(ana)).containsExactly("Walk", "Run 🌱");
    }

    @Test
    void tabsAndLineBreaksAreText() {
        Person ana = api.person("ana");
        long aimId = api.aim(ana, "Walk\tfar");
        assertThat(ok(api.get("/api/v1/aims/" + aimId, ana.token()), 200).get("title").asText()).isEqualTo("Walk\tfar");
    }

    private static java.util.List<String> titles(Person who) {
        return ok(api.get("/api/v1/aims", who.token()), 200).findValues("title").stream().map(node -> node.asText())
                .toList();
    }

    /** The content type as declared, spaces aside (the server may write "text/html;charset=utf-8"). */
    private static String utf8(Reply reply) {
        return reply.contentType().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String json(String text) {
        return coach.kaizen.app.testing.ApiClient.json(text);
    }
}
