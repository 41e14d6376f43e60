package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiDocument;
import coach.kaizen.app.testing.BrowserJourney;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A developer finds the API's docs from the tokens, and Swagger UI draws every route of our document
 * there, with nothing loaded from another host and nothing the CSP refuses. Our own part of the page
 * passes axe; Swagger UI's drawing is its own (see DeclaredPages).
 */
class ApiDocsBrowserIT extends BrowserJourney {

    @Override
    protected Instant start() {
        return Instant.parse("2026-09-14T08:00:00Z");
    }

    @Test
    void theDocsShowEveryRouteFromOurOwnServer() {
        open(true);
        newAccount("builder");
        page.navigate(app.url() + "settings/account");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("the API, described")).click();
        expectAt("api/docs");
        // Ours is the page's first heading; Swagger UI, once drawn, adds an h1 of its own ("Kaizen Coach API").
        assertThat(page.locator("h1").first()).hasText("The API, for developers");
        Locator operations = page.locator("#swagger-ui .opblock");
        // Swagger UI is a big script that reads the whole document before it draws: give it time.
        operations.first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(operations.count()).isEqualTo(ApiDocument.shipped().operations().size());
        assertThat(page.locator("#swagger-ui")).containsText("/api/v1/steps/{stepId}/check-ins/{date}");
        screenshot("api-docs.png");

        // Swagger UI draws a <main> of its own inside ours: that landmark is its, the rest is checked.
        List<String> ours = new AxeBuilder(page).exclude(List.of("#swagger-ui"))
                .disableRules(List.of("landmark-no-duplicate-main")).analyze().getViolations().stream()
                .map(Rule::getId).toList();
        assertThat(ours).isEmpty();

        // In a dark theme the page goes dark and Swagger UI, light-only, keeps a light panel to be read on.
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        assertThat(page.locator("#swagger-ui").evaluate("e => getComputedStyle(e).backgroundColor"))
                .isEqualTo("rgb(255, 255, 255)");
        assertThat(page.locator("body").evaluate("e => getComputedStyle(e).backgroundColor"))
                .isNotEqualTo("rgb(255, 255, 255)");
        screenshot("api-docs-dark.png");
        assertThat(problems).isEmpty();
    }
}
