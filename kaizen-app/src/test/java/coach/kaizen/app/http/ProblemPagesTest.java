package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import org.junit.jupiter.api.Test;

/** A problem page met while signed in is the person's own: their language, their links. */
class ProblemPagesTest extends ApiTestBase {

    @Test
    void aMistypedAddressAnswersInThePersonsLanguageWithTheirLinks() {
        Person ana = api.person("ana");
        ok(api.patch("/api/v1/me", ana.token(), "{\"language\":\"es\"}"), 200);
        Browser browser = signedIn(ana);

        // No route matches the first; the second's handler finds no such step.
        for (String path : new String[] {"/no-such-page", "/steps/999"}) {
            Reply missing = browser.get(path);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("<html lang=\"es\"", "<h1>No se encuentra</h1>",
                    "<a href=\"/today\">Hoy</a>").doesNotContain("Not found");
        }
        // Opening a page saves nothing, so its problem is not called a save that did not go through.
        Reply noWeek = browser.get("/review/2026-W60");
        assertThat(noWeek.status()).isEqualTo(400);
        assertThat(noWeek.body()).contains("<h1>Eso no se ha podido mostrar</h1>").doesNotContain("no se ha podido guardar");
    }

    @Test
    void signedOutTheBrowsersLanguageAndNoLinksOfAPerson() {
        Reply missing = browser().get("/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>Not found</h1>", "There is nothing at /no-such-page.")
                .doesNotContain("href=\"/today\"");
    }
}
