package coach.kaizen.app.account;

import static coach.kaizen.app.testing.ApiClient.PASSWORD;
import static coach.kaizen.app.testing.ApiClient.detail;
import static coach.kaizen.app.testing.ApiClient.json;
import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static coach.kaizen.app.testing.Browser.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Sign up, tokens and /me: an account over /api/v1. */
class AccountApiTest extends ApiTestBase {

    // ------------------------------------------------------------------ sign up

    @Nested
    class SignUp {

        @Test
        void makesAnAccountWithTheNameLowerCased() {
            String name = ApiClient.uniqueName("Sam.Lee");
            Reply reply = api.post("/api/v1/signup", null, signUp(name, PASSWORD, "Europe/Paris"));

            JsonNode account = ok(reply, 201);
            assertThat(account.get("id").asLong()).isPositive();
            assertThat(account.get("username").asText()).isEqualTo(name.toLowerCase());
            assertThat(account.get("timeZone").asText()).isEqualTo("Europe/Paris");
            assertThat(fieldNames(account)).containsExactlyInAnyOrder("id", "username", "timeZone", "language",
                    "country");
            assertThat(account.get("language").asText()).isEqualTo("en");
            assertThat(account.get("country").asText()).as("the time zone's, as a browser's sign-up guesses")
                    .isEqualTo("FR");
        }

        @Test
        void aCountryGivenOrNoneToGuessIsKept() {
            JsonNode given = ok(api.post("/api/v1/signup", null, json(Map.of("username", ApiClient.uniqueName("gil"),
                    "password", PASSWORD, "timeZone", "Europe/Paris", "country", "be"))), 201);
            assertThat(given.get("country").asText()).isEqualTo("BE");
            String uma = ApiClient.uniqueName("uma");
            JsonNode nowhere = ok(api.post("/api/v1/signup", null, signUp(uma, PASSWORD, "UTC")), 201);
            assertThat(nowhere.get("country").isNull()).as("UTC is no country's zone").isTrue();
        }

        @Test
        void aTakenUsernameIsAConflictWhateverItsCase() {
            String name = ApiClient.uniqueName("Ana");
            ok(api.post("/api/v1/signup", null, signUp(name, PASSWORD, "UTC")), 201);

            problem(api.post("/api/v1/signup", null, signUp(name.toLowerCase(), "another password", "UTC")), 409,
                    "username " + name.toLowerCase() + " is taken");
            problem(api.post("/api/v1/signup", null, signUp(name.toUpperCase(), "another password", "UTC")), 409,
                    "is taken");
            // The first account keeps its own password.
            ok(api.post("/api/v1/tokens", null, token(name, PASSWORD, "laptop")), 201);
            problem(api.post("/api/v1/tokens", null, token(name, "another password", "laptop")), 401);
        }

        @Test
        void refusesWhatItCannotUseAndMakesNoAccount() {
            String name = ApiClient.uniqueName("refused");
            Map<String, List<String>> refusals = new LinkedHashMap<>();
            refusals.put(signUp("a", PASSWORD, "UTC"), List.of("username must be 3 to 40"));
            refusals.put(signUp("has space", PASSWORD, "UTC"), List.of("username"));
            refusals.put(signUp("", PASSWORD, "UTC"), List.of("username"));
            refusals.put(signUp("x".repeat(41), PASSWORD, "UTC"), List.of("username"));
            refusals.put(signUp("lucía", PASSWORD, "UTC"), List.of("a to z, no accents"));
            refusals.put(signUp(name, "short", "UTC"), List.of("password must be 8 to 200 characters"));
            refusals.put(signUp(name, "p".repeat(201), "UTC"), List.of("password"));
            refusals.put(signUp(name, "password1", "UTC"), List.of("one of the most common ones"));
            refusals.put(signUp(name, "12345678", "UTC"), List.of("one of the most common ones"));
            refusals.put(signUp(name, "PassWord1", "UTC"), List.of("one of the most common ones"));
            refusals.put(signUp(name, "i am " + name.toUpperCase(java.util.Locale.ROOT), "UTC"),
                    List.of("contains the username"));
            refusals.put(signUp(name, PASSWORD, "Mars/Base"), List.of("time zone"));
            refusals.put(signUp(name, PASSWORD, ""), List.of("time zone is required"));
            refusals.put("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}",
                    List.of("time zone is required"));
            refusals.put(signUp(name, PASSWORD, "+02:00"), List.of("time zone"));
            refusals.put("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                    + "\",\"timeZone\":\"UTC\",\"admin\":true}", List.of("unknown field 'admin'", "username",
                    "password", "timeZone"));
            refusals.put("{\"username\":\"" + name + "\",", List.of("not valid JSON"));
            refusals.put("", List.of("JSON object"));
            refusals.put("   ", List.of("JSON object"));
            refusals.put("null", List.of("JSON object"));
            refusals.put("[]", List.of("JSON object"));
            refusals.put("\"" + name + "\"", List.of("JSON object"));
            refusals.put("{\"username\":null,\"password\":null,\"timeZone\":null}", List.of("username"));
            refusals.put("{}", List.of("username"));
            refusals.put("{\"username\":{\"name\":\"" + name + "\"},\"password\":\"" + PASSWORD
                    + "\",\"timeZone\":\"UTC\"}", List.of("'username'"));
            refusals.put("{\"username\":[\"" + name + "\"],\"password\":\"" + PASSWORD
                    + "\",\"timeZone\":\"UTC\"}", List.of("'username'"));

            refusals.forEach((body, detail) -> problem(api.sendingBadInput().post("/api/v1/signup", null, body), 400,
                    detail.toArray(String[]::new)));

            // None of them made the account: the name is still free, and had no password before.
            problem(api.post("/api/v1/tokens", null, token(name, PASSWORD, "t")), 401);
            ok(api.post("/api/v1/signup", null, signUp(name, PASSWORD, "UTC")), 201);
        }
    }

    // ------------------------------------------------------------------ tokens

    @Nested
    class Tokens {

        @Test
        void aTokenIsMadeWithTheRightPasswordAndOpensTheApi() {
            String name = ApiClient.uniqueName("tina");
            ok(api.post("/api/v1/signup", null, signUp(name, PASSWORD, "UTC")), 201);

            // The username is matched whatever its case, like at sign up.
            JsonNode token = ok(api.post("/api/v1/tokens", null, token(name.toUpperCase(), PASSWORD, " laptop ")), 201);
            assertThat(fieldNames(token)).containsExactlyInAnyOrder("id", "name", "token", "createdAt", "expiresAt");
            assertThat(token.get("id").asLong()).isPositive();
            assertThat(token.get("name").asText()).isEqualTo("laptop");
            assertThat(token.get("token").asText()).startsWith("kz_").hasSizeGreaterThan(20);
            assertThat(token.get("createdAt").asText()).isEqualTo("2026-11-21T09:00:00Z");

            ok(api.get("/api/v1/aims", token.get("token").asText()), 200);
            // The same credentials make a different token each time.
            JsonNode second = ok(api.post("/api/v1/tokens", null, token(name, PASSWORD, "phone")), 201);
            assertThat(second.get("token").asText()).isNotEqualTo(token.get("token").asText());
            assertThat(second.get("id").asLong()).isNotEqualTo(token.get("id").asLong());
        }

        @Test
        void aWrongPasswordAndAnUnknownUserAreRefusedInTheSameWords() {
            Person tom = api.person("tom");

            Reply wrongPassword = api.post("/api/v1/tokens", null, token(tom.username(), "not the password", "x"));
            Reply unknownUser = api.post("/api/v1/tokens", null, token("nobody-" + tom.username(), PASSWORD, "x"));
            Reply noPassword = api.sendingBadInput().post("/api/v1/tokens", null,
                    "{\"username\":\"" + tom.username() + "\",\"name\":\"x\"}");

            problem(wrongPassword, 401, "do not match");
            problem(unknownUser, 401);
            problem(noPassword, 401);
            assertThat(detail(unknownUser)).isEqualTo(detail(wrongPassword));
            assertThat(detail(noPassword)).isEqualTo(detail(wrongPassword));
        }

        @Test
        void aTokenNeedsAShortName() {
            Person tara = api.person("tara");
            problem(api.sendingBadInput().post("/api/v1/tokens", null,
                    "{\"username\":\"" + tara.username() + "\",\"password\":\"" + PASSWORD + "\"}"), 400, "name is required");
            problem(api.post("/api/v1/tokens", null, token(tara.username(), PASSWORD, "  ")), 400, "name is required");
            problem(api.sendingBadInput().post("/api/v1/tokens", null, token(tara.username(), PASSWORD, "n".repeat(81))), 400,
                    "name can be at most 80 characters");
            problem(api.sendingBadInput().post("/api/v1/tokens", null, token(tara.username(), PASSWORD, "x").replace("}", ",\"scope\":1}")),
                    400, "unknown field 'scope'");
            problem(api.sendingBadInput().post("/api/v1/tokens", null, "not json"), 400, "not valid JSON");
            problem(api.sendingBadInput().post("/api/v1/tokens", null, ""), 400, "JSON object");
        }

        @Test
        void aRevokedTokenNoLongerWorksAndTheOthersDo() {
            Person rita = api.person("rita");
            JsonNode phone = ok(api.post("/api/v1/tokens", null, token(rita.username(), PASSWORD, "phone")), 201);
            String phoneToken = phone.get("token").asText();
            ok(api.get("/api/v1/aims", phoneToken), 200);

            Reply revoked = api.delete("/api/v1/tokens/" + phone.get("id").asLong(), rita.token());
            assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
            assertThat(revoked.body()).isEmpty();

            Reply refused = api.get("/api/v1/aims", phoneToken);
            problem(refused, 401, "not valid");
            assertThat(refused.header("WWW-Authenticate")).contains("Bearer");
            ok(api.get("/api/v1/aims", rita.token()), 200);
            problem(api.delete("/api/v1/tokens/" + phone.get("id").asLong(), rita.token()), 404, "no token with that id");

            // A token can revoke itself; it then stops working at once.
            assertThat(api.delete("/api/v1/tokens/" + rita.tokenId(), rita.token()).status()).isEqualTo(204);
            problem(api.get("/api/v1/aims", rita.token()), 401);
        }

        @Test
        void anotherPersonsTokenIsNotFoundAndKeepsWorking() {
            Person ann = api.person("ann");
            Person bob = api.person("bob");
            // Ids are counted per person: Ann's second token has an id that Bob has none of.
            JsonNode annsSecond = ok(api.post("/api/v1/tokens", null, token(ann.username(), PASSWORD, "phone")), 201);
            assertThat(annsSecond.get("id").asLong()).isNotEqualTo(bob.tokenId());

            Reply theirs = api.delete("/api/v1/tokens/" + annsSecond.get("id").asLong(), bob.token());
            Reply nobodys = api.delete("/api/v1/tokens/999999999", bob.token());
            problem(theirs, 404, "no token with that id");
            problem(nobodys, 404);
            assertThat(detail(theirs)).isEqualTo(detail(nobodys));
            ok(api.get("/api/v1/aims", annsSecond.get("token").asText()), 200);
            ok(api.get("/api/v1/aims", bob.token()), 200);

            for (String id : new String[] {"abc", "0", "-1", "1.0", "99999999999999999999"}) {
                problem(api.delete("/api/v1/tokens/" + id, bob.token()), 404, "no token with that id");
            }
        }
    }

    // ------------------------------------------------------------------ days and travel

    @Nested
    class DaysAndTravel {

        @Test
        void travellingMovesTodayAndNeverDoublesADaysCheckIn() {
            Person max = api.person("max");
            assertThat(ok(api.get("/api/v1/me", max.token()), 200).get("today").asText()).isEqualTo(TODAY);
            long walk = api.step(max, api.aim(max, "Move more"));
            ok(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, max.token(), "{\"outcome\":\"DONE\"}"), 201);

            // 09:00 UTC is still 23:00 the evening before in Honolulu.
            JsonNode honolulu = ok(api.patch("/api/v1/me", max.token(), "{\"timeZone\":\"Pacific/Honolulu\"}"), 200);
            assertThat(honolulu.get("timeZone").asText()).isEqualTo("Pacific/Honolulu");
            assertThat(honolulu.get("dayStartHour").asInt()).isZero();
            assertThat(honolulu.get("today").asText()).isEqualTo("2026-11-20");
            problem(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, max.token(), "{\"outcome\":\"DONE\"}"),
                    422, "today (2026-11-20)");

            JsonNode back = ok(api.patch("/api/v1/me", max.token(), "{\"timeZone\":\"Europe/Paris\",\"dayStartHour\":3}"), 200);
            assertThat(back.get("today").asText()).isEqualTo(TODAY);
            ok(api.put("/api/v1/steps/" + walk + "/check-ins/" + TODAY, max.token(), "{\"outcome\":\"DONE\",\"resistance\":1}"),
                    200);
            JsonNode days = ok(api.get("/api/v1/steps/" + walk + "/check-ins", max.token()), 200);
            assertThat(days).hasSize(1);
            assertThat(days.get(0).get("resistance").asInt()).isEqualTo(1);
        }

        @Test
        void badDaysAreRefusedAndChangeNothing() {
            Person ned = api.person("ned");
            JsonNode before = ok(api.get("/api/v1/me", ned.token()), 200);
            problem(api.patch("/api/v1/me", ned.token(), "{\"timeZone\":\"Mars/Olympus\"}"), 400,
                    "time zone must be a name like Europe/Paris");
            problem(api.sendingBadInput().patch("/api/v1/me", ned.token(), "{\"timeZone\":null}"), 400, "time zone");
            problem(api.sendingBadInput().patch("/api/v1/me", ned.token(), "{\"dayStartHour\":24}"), 400, "from 0 (midnight) to 23");
            problem(api.sendingBadInput().patch("/api/v1/me", ned.token(), "{\"dayStartHour\":-1}"), 400, "from 0 (midnight) to 23");
            problem(api.sendingBadInput().patch("/api/v1/me", ned.token(), "{\"username\":\"bob\"}"), 400, "unknown field 'username'");
            assertThat(ok(api.get("/api/v1/me", ned.token()), 200)).isEqualTo(before);
        }
    }

    // ------------------------------------------------------------------ theme

    @Nested
    class Theme {

        @Test
        void aChosenThemeIsKeptAndEveryPageIsDrawnInIt() {
            Person una = api.person("una");
            assertThat(ok(api.get("/api/v1/me", una.token()), 200).get("theme").asText()).isEqualTo("DEVICE");
            assertThat(browser().get("/login").body()).as("signed out, the device chooses")
                    .contains("<html lang=\"en\">");
            Browser browser = signedIn(una);
            assertThat(browser.get("/today").body()).contains("<html lang=\"en\">");

            assertThat(ok(api.patch("/api/v1/me", una.token(), "{\"theme\":\"dark\"}"), 200).get("theme").asText())
                    .isEqualTo("DARK");
            assertThat(browser.get("/today").body()).contains("<html lang=\"en\" data-theme=\"dark\">");

            Reply settings = browser.get("/settings");
            assertThat(settings.body()).contains("value=\"DARK\" checked");
            assertThat(browser.post("/settings", settingsWith(settings, "LIGHT")).status()).isEqualTo(303);
            assertThat(browser.get("/settings").body()).contains("<html lang=\"en\" data-theme=\"light\">");
            assertThat(ok(api.get("/api/v1/me", una.token()), 200).get("theme").asText()).isEqualTo("LIGHT");
        }

        @Test
        void anUnknownThemeIsRefusedOnTheFormAndOverTheApi() {
            Person vic = api.person("vic");
            problem(api.patch("/api/v1/me", vic.token(), "{\"theme\":\"neon\"}"), 400,
                    "the theme is DEVICE, LIGHT or DARK");
            Browser browser = signedIn(vic);
            Reply refused = browser.post("/settings", settingsWith(browser.get("/settings"), "neon"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("The theme is DEVICE, LIGHT or DARK.");
            assertThat(ok(api.get("/api/v1/me", vic.token()), 200).get("theme").asText()).isEqualTo("DEVICE");
        }

        /** The settings form as a Paris reader sends it, with {@code theme}. */
        private static Map<String, String> settingsWith(Reply page, String theme) {
            return Map.of("csrf", csrf(page), "timeZone", "Europe/Paris", "dayStartHour", "0", "weekStart", "MONDAY",
                    "language", "en", "country", "", "theme", theme);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String signUp(String username, String password, String timeZone) {
        return json(Map.of("username", username, "password", password, "timeZone", timeZone));
    }

    private static String token(String username, String password, String name) {
        return json(Map.of("username", username, "password", password, "name", name));
    }
}
