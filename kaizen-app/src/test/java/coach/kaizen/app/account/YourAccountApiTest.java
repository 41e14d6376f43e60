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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The person's own account over /api/v1 and on Settings › Your account: password, tokens, sign-ins, deletion. */
class YourAccountApiTest extends ApiTestBase {

    private static final String NEW_PASSWORD = "another long secret";

    // ------------------------------------------------------------------ password

    @Nested
    class Password {

        @Test
        void aNewPasswordEndsEveryBrowserSignInAndKeepsTheTokens() {
            Person pia = api.person("pia");
            Browser browser = signedIn(pia, PASSWORD);
            assertThat(browser.get("/today").status()).isEqualTo(200);

            Reply changed = api.put("/api/v1/me/password", pia.token(), passwords(PASSWORD, NEW_PASSWORD));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
            assertThat(changed.body()).isEmpty();

            assertThat(browser.get("/today").header("Location")).as("signed out").contains("/login");
            ok(api.get("/api/v1/me", pia.token()), 200);
            problem(api.post("/api/v1/tokens", null, token(pia.username(), PASSWORD)), 401);
            ok(api.post("/api/v1/tokens", null, token(pia.username(), NEW_PASSWORD)), 201);
        }

        @Test
        void aWrongCurrentPasswordIsRefusedKindlyAndChangesNothing() {
            Person pat = api.person("pat");
            Reply wrong = api.put("/api/v1/me/password", pat.token(), passwords("not it at all", NEW_PASSWORD));
            problem(wrong, 401, "not the password of this account");
            assertThat(detail(wrong)).doesNotContain(pat.username());
            problem(api.sendingBadInput().put("/api/v1/me/password", pat.token(), "{\"password\":\"" + NEW_PASSWORD + "\"}"), 401);
            problem(api.sendingBadInput().put("/api/v1/me/password", pat.token(), passwords(PASSWORD, "short")), 400,
                    "password must be 8 to 200 characters");
            problem(api.sendingBadInput().put("/api/v1/me/password", pat.token(), passwords(PASSWORD, "p".repeat(201))), 400, "password");
            problem(api.sendingBadInput().put("/api/v1/me/password", pat.token(),
                    passwords(PASSWORD, NEW_PASSWORD).replace("}", ",\"admin\":true}")), 400, "unknown field 'admin'");
            problem(api.sendingBadInput().put("/api/v1/me/password", pat.token(), "not json"), 400, "not valid JSON");
            problem(api.sendingBadInput().put("/api/v1/me/password", pat.token(), ""), 400, "JSON object");
            problem(api.put("/api/v1/me/password", null, passwords(PASSWORD, NEW_PASSWORD)), 401);

            ok(api.post("/api/v1/tokens", null, token(pat.username(), PASSWORD)), 201);
        }

        @Test
        void onThePageTheOtherBrowsersAreSignedOutAndThisOneStays() {
            Person paz = api.person("paz");
            Browser here = signedIn(paz, PASSWORD);
            Browser there = signedIn(paz, PASSWORD);

            Reply refused = here.post("/settings/account/password",
                    Map.of("csrf", csrf(here.get("/settings/account")), "current", "not it at all",
                            "password", NEW_PASSWORD));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).contains("not the password of this account", "id=\"form-error\"");

            Reply changed = here.post("/settings/account/password",
                    Map.of("csrf", csrf(here.get("/settings/account")), "current", PASSWORD, "password", NEW_PASSWORD));
            assertThat(changed.status()).isEqualTo(303);
            assertThat(changed.header("Location")).contains("/settings/account?done=password");
            assertThat(here.get("/settings/account?done=password").body()).contains("Your new password is set");
            assertThat(there.get("/today").status()).as("the other browser").isEqualTo(303);
            assertThat(here.get("/today").status()).isEqualTo(200);
        }
    }

    // ------------------------------------------------------------------ tokens

    @Nested
    class Tokens {

        @Test
        void theListNamesEachTokenWithItsDatesAndNeverItsSecret() {
            Person tia = api.person("tia");
            JsonNode month = ok(api.post("/api/v1/tokens", null, token(tia.username(), PASSWORD, 30)), 201);
            assertThat(month.get("expiresAt").asText()).isEqualTo("2026-12-21T09:00:00Z");
            Person other = api.person("tia-other");

            Reply reply = api.get("/api/v1/tokens", tia.token());
            JsonNode tokens = ok(reply, 200);
            assertThat(ids(tokens, "id")).containsExactly(tia.tokenId(), month.get("id").asLong());
            assertThat(fieldNames(tokens.get(0))).containsExactly("id", "name", "createdAt", "lastUsedAt",
                    "expiresAt");
            assertThat(tokens.get(0).get("name").asText()).isEqualTo("tests");
            assertThat(tokens.get(0).get("createdAt").asText()).isEqualTo("2026-11-21T09:00:00Z");
            assertThat(tokens.get(0).get("lastUsedAt").asText()).as("this very call").isEqualTo("2026-11-21T09:00:00Z");
            assertThat(tokens.get(0).get("expiresAt").isNull()).isTrue();
            assertThat(tokens.get(1).get("lastUsedAt").isNull()).isTrue();
            assertThat(tokens.get(1).get("expiresAt").asText()).isEqualTo("2026-12-21T09:00:00Z");
            assertThat(reply.body()).doesNotContain(tia.token(), month.get("token").asText(), "hash");
            assertThat(ids(ok(api.get("/api/v1/tokens", other.token()), 200), "id")).containsExactly(other.tokenId());
            problem(api.get("/api/v1/tokens", null), 401);
        }

        @Test
        void lastUseIsNotedOnlyWhenTheNoteIsOlderThanAnHour() {
            Person uli = api.person("uli");
            // The token's first use, on the app ten days earlier; reading the list is a use too, noted no more.
            assertThat(lastUsed(apiTenDaysEarlier(), uli)).isEqualTo("2026-11-11T09:00:00Z");
            assertThat(lastUsed(api, uli)).as("ten days later, noted again").isEqualTo("2026-11-21T09:00:00Z");
            assertThat(lastUsed(apiTenDaysEarlier(), uli)).as("a use before the note leaves it")
                    .isEqualTo("2026-11-21T09:00:00Z");
        }

        @Test
        void anExpiryMustBeADayToAYear() {
            Person val = api.person("val");
            for (String days : new String[] {"0", "-1", "367", "100000"}) {
                problem(api.sendingBadInput().post("/api/v1/tokens", null, token(val.username(), PASSWORD, "x").replace("}",
                        ",\"expiresInDays\":" + days + "}")), 400, "1 to 366 days");
            }
            problem(api.sendingBadInput().post("/api/v1/tokens", null, token(val.username(), PASSWORD, "x").replace("}",
                    ",\"expiresInDays\":\"soon\"}")), 400, "expiresInDays");
            ok(api.post("/api/v1/tokens", null, token(val.username(), PASSWORD, 366)), 201);
        }

        @Test
        void anExpiredTokenIsRefusedLikeAnUnknownOne() {
            Person eve = api.person("eve");
            // Made ten days ago for one day: long expired today.
            JsonNode old = ok(apiTenDaysEarlier().post("/api/v1/tokens", null, token(eve.username(), PASSWORD, 1)), 201);
            ok(apiTenDaysEarlier().get("/api/v1/me", old.get("token").asText()), 200);

            Reply expired = api.get("/api/v1/me", old.get("token").asText());
            Reply unknown = api.get("/api/v1/me", "kz_never-made");
            problem(expired, 401, "not valid");
            assertThat(detail(expired)).isEqualTo(detail(unknown));
            assertThat(expired.header("WWW-Authenticate")).contains("Bearer");
            // Still listed, so it can be seen and revoked.
            assertThat(ids(ok(api.get("/api/v1/tokens", eve.token()), 200), "id")).contains(old.get("id").asLong());
        }

        @Test
        void onThePageATokenIsMadeShownOnceListedAndRevoked() {
            Person wes = api.person("wes");
            Browser browser = signedIn(wes, PASSWORD);
            Reply nameless = browser.post("/settings/account/tokens",
                    Map.of("csrf", csrf(browser.get("/settings/account")), "name", " ", "expiresInDays", ""));
            assertThat(nameless.status()).isEqualTo(400);
            assertThat(nameless.body()).contains("name is required", "id=\"form-error\"");

            Reply made = browser.post("/settings/account/tokens",
                    Map.of("csrf", csrf(browser.get("/settings/account")), "name", "garden script",
                            "expiresInDays", "90"));
            assertThat(made.status()).isEqualTo(200);
            Matcher secret = Pattern.compile("<code class=\"secret\">(kz_[^<]+)</code>").matcher(made.body());
            assertThat(secret.find()).as(made.body()).isTrue();
            assertThat(ok(api.get("/api/v1/me", secret.group(1)), 200).get("username").asText())
                    .isEqualTo(wes.username());

            Reply page = browser.get("/settings/account");
            assertThat(page.body()).contains("garden script", "Last used on")
                    .as("a day of another year says its year").contains("Stops working after Friday 19 February 2027")
                    .doesNotContain(secret.group(1));
            long id = ok(api.get("/api/v1/tokens", wes.token()), 200).get(1).get("id").asLong();
            Reply revoked = browser.post("/settings/account/tokens/" + id + "/delete", Map.of("csrf", csrf(page)));
            assertThat(revoked.status()).isEqualTo(303);
            problem(api.get("/api/v1/me", secret.group(1)), 401);
            assertThat(browser.post("/settings/account/tokens/" + id + "/delete", Map.of("csrf", csrf(page))).status())
                    .isEqualTo(404);
        }
    }

    // ------------------------------------------------------------------ sign-ins

    @Test
    void signingOutEverywhereEndsEveryBrowserAndKeepsTheTokens() {
        Person sol = api.person("sol");
        Browser one = signedIn(sol, PASSWORD);
        Browser two = signedIn(sol, PASSWORD);
        Person other = api.person("sol-other");
        Browser theirs = signedIn(other, PASSWORD);

        Reply out = api.delete("/api/v1/me/sign-ins", sol.token());
        assertThat(out.status()).as(out.toString()).isEqualTo(204);
        assertThat(one.get("/today").status()).isEqualTo(303);
        assertThat(two.get("/today").status()).isEqualTo(303);
        assertThat(theirs.get("/today").status()).isEqualTo(200);
        ok(api.get("/api/v1/me", sol.token()), 200);

        Browser three = signedIn(sol, PASSWORD);
        Reply page = three.post("/settings/account/sign-out-everywhere", Map.of("csrf", csrf(three.get("/settings/account"))));
        assertThat(page.header("Location")).contains("/login");
        assertThat(three.get("/today").status()).isEqualTo(303);
    }

    // ------------------------------------------------------------------ deletion

    @Nested
    class Deletion {

        @Test
        void theAccountGoesWithItsTokensAndSignInsAndTheNameIsFreeAgain() {
            Person dan = api.person("dan");
            long aim = api.aim(dan, "Move more");
            api.step(dan, aim);
            Browser browser = signedIn(dan, PASSWORD);

            problem(send("DELETE", "/api/v1/me", dan.token(), password("not it at all")), 401,
                    "not the password of this account");
            problem(api.sendingBadInput().send("DELETE", "/api/v1/me", dan.token(), "{}"), 401);
            problem(api.sendingBadInput().send("DELETE", "/api/v1/me", dan.token(), null), 400, "JSON object");
            problem(api.sendingBadInput().send("DELETE", "/api/v1/me", dan.token(), "{\"password\":\"x\",\"really\":true}"), 400,
                    "unknown field 'really'");
            ok(api.get("/api/v1/aims/" + aim, dan.token()), 200);

            Reply deleted = send("DELETE", "/api/v1/me", dan.token(), password(PASSWORD));
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
            problem(api.get("/api/v1/me", dan.token()), 401, "not valid");
            assertThat(browser.get("/today").status()).isEqualTo(303);
            problem(api.post("/api/v1/tokens", null, token(dan.username(), PASSWORD)), 401);
            ok(api.post("/api/v1/signup", null, json(Map.of("username", dan.username(), "password", PASSWORD,
                    "timeZone", "UTC"))), 201);
        }

        @Test
        void onThePageAWrongPasswordKeepsEverythingAndTheRightOneSaysGoodbye() {
            Person dot = api.person("dot");
            Browser browser = signedIn(dot, PASSWORD);
            Reply settings = browser.get("/settings/account");
            assertThat(settings.body()).contains("cannot be undone", "href=\"/settings/data\"");
            assertThat(browser.get("/goodbye").header("Location")).as("still here: no goodbye")
                    .hasValueSatisfying(where -> assertThat(where).endsWith("/today"));

            Reply refused = browser.post("/settings/account/delete", Map.of("csrf", csrf(settings), "password", "nope nope"));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).contains("not the password of this account");
            ok(api.get("/api/v1/me", dot.token()), 200);

            Reply gone = browser.post("/settings/account/delete", Map.of("csrf", csrf(settings), "password", PASSWORD));
            assertThat(gone.status()).isEqualTo(303);
            assertThat(gone.header("Location")).contains("/goodbye");
            assertThat(browser.get("/goodbye").body()).contains("Your account is deleted");
            assertThat(browser.get("/today").header("Location")).contains("/login");
            problem(api.get("/api/v1/me", dot.token()), 401);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Reply send(String method, String path, String token, String body) {
        return api.send(method, path, token, body);
    }

    /** The first token's last use, as {@code client} lists it after using it to ask. */
    private static String lastUsed(ApiClient client, Person who) {
        return ok(client.get("/api/v1/tokens", who.token()), 200).get(0).get("lastUsedAt").asText();
    }

    private static Browser signedIn(Person who, String password) {
        Browser browser = browser();
        Reply loginPage = browser.get("/login");
        Reply in = browser.post("/login", Map.of("csrf", csrf(loginPage), "username", who.username(),
                "password", password));
        assertThat(in.status()).as(in.toString()).isEqualTo(303);
        return browser;
    }

    private static String passwords(String current, String password) {
        return json(Map.of("current", current, "password", password));
    }

    private static String password(String password) {
        return json(Map.of("password", password));
    }

    private static String token(String username, String password) {
        return token(username, password, "again");
    }

    private static String token(String username, String password, String name) {
        return json(Map.of("username", username, "password", password, "name", name));
    }

    private static String token(String username, String password, int expiresInDays) {
        return json(Map.of("username", username, "password", password, "name", "for a while", "expiresInDays",
                expiresInDays));
    }
}
