package coach.kaizen.app.account;

import static coach.kaizen.app.testing.ApiClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new password is not one of the most common, nor has the username in it: said plainly, on the API and the page. */
class PasswordRulesTest extends ApiTestBase {

    @Test
    void theListShippedHoldsTenThousandCommonPasswordsAtLeast() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
        assertThat(CommonPasswords.contains("Password1")).isTrue();
        assertThat(CommonPasswords.contains("a long secret")).isFalse();
    }

    @Test
    void aNewPasswordThroughTheApiIsRefusedWhenCommonOrHoldingTheUsername() {
        Person una = api.person("una");
        Reply common = api.put("/api/v1/me/password", una.token(),
                "{\"current\":\"" + PASSWORD + "\",\"password\":\"iloveyou2\"}");
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.json().get("detail").asText()).contains("one of the most common ones");
        Reply named = api.put("/api/v1/me/password", una.token(),
                "{\"current\":\"" + PASSWORD + "\",\"password\":\"secret " + una.username() + "!\"}");
        assertThat(named.status()).isEqualTo(400);
        assertThat(named.json().get("detail").asText()).contains("contains the username");
        assertThat(api.get("/api/v1/me", una.token()).status()).as("still signed in, nothing changed").isEqualTo(200);
    }

    @Test
    void thePasswordFormSaysWhyInSpanishToo() {
        Person una = api.person("una");
        Browser browser = browser();
        Reply login = browser.get("/login");
        browser.post("/login", Map.of("csrf", Browser.csrf(login), "username", una.username(), "password", PASSWORD));
        api.patch("/api/v1/me", una.token(), "{\"language\":\"es\"}");
        Reply page = browser.get("/settings/account");
        Reply refused = browser.post("/settings/account/password", Map.of("csrf", Browser.csrf(page), "current",
                PASSWORD, "password", "qwertyuiop"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Esa contraseña es de las más comunes");
    }
}
