package coach.kaizen.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page opened before signing in is where signing in leads, and only a page of ours is. */
class SignInReturnsTest extends ApiTestBase {

    @Test
    void signingInLeadsBackToThePageAskedFor() {
        Person lou = api.person("lou");
        long stepId = api.step(lou, api.aim(lou, "Move more"));
        Browser browser = browser();

        Reply asked = browser.get("/steps/" + stepId + "?tab=pictures");
        assertThat(asked.status()).isEqualTo(303);
        assertThat(asked.header("Location")).hasValue("/login?next=%2Fsteps%2F" + stepId + "%3Ftab%3Dpictures");
        Reply login = browser.get(asked.header("Location").orElseThrow());
        assertThat(login.body()).contains("<input type=\"hidden\" name=\"next\" value=\"/steps/" + stepId
                + "?tab=pictures\">");

        Reply signedIn = browser.post("/login", Map.of("csrf", Browser.csrf(login), "username", lou.username(), "password",
                ApiClient.PASSWORD, "next", "/steps/" + stepId + "?tab=pictures"));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).hasValue("/steps/" + stepId + "?tab=pictures");
    }

    @Test
    void aRefusedSignInKeepsWhereItLeads() {
        Person kit = api.person("kit");
        Browser browser = browser();
        Reply login = browser.get("/login?next=%2Faims");
        Reply refused = browser.post("/login", Map.of("csrf", Browser.csrf(login), "username", kit.username(),
                "password", "not it at all", "next", "/aims"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("<input type=\"hidden\" name=\"next\" value=\"/aims\">");
    }

    @Test
    void anywhereButAPageOfOursLeadsToToday() {
        Person max = api.person("max");
        for (String next : new String[] {"//evil.example/today", "/\\evil.example", "https://evil.example/",
                "today", "/login", "/steps/1\r\nSet-Cookie: x=1", ""}) {
            Browser browser = browser();
            Reply login = browser.get("/login");
            Reply signedIn = browser.post("/login", Map.of("csrf", Browser.csrf(login), "username", max.username(),
                    "password", ApiClient.PASSWORD, "next", next));
            assertThat(signedIn.header("Location")).as(next).hasValue("/today");
        }
        assertThat(browser().get("/today").header("Location")).as("where it leads anyway").hasValue("/login");
        // A form sent while signed out is not asked for again after signing in.
        assertThat(browser().post("/aims", Map.of("title", "x")).header("Location")).hasValue("/login");
    }
}
