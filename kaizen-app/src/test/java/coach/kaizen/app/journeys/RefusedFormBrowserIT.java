package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import coach.kaizen.app.cli.DemoAccount;
import coach.kaizen.app.testing.BrowserJourney;
import com.microsoft.playwright.Locator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A form far down a long page, sent back with a problem: the person lands on the problem, read out
 * to a screen reader, with what they wrote still there.
 */
class RefusedFormBrowserIT extends BrowserJourney {

    @Override
    protected Instant start() {
        return Instant.parse("2026-12-05T09:00:00Z");
    }

    @Test
    void theProblemIsWhereThePersonLandsWithTheirWordsKept() {
        DemoAccount.Credentials demo = new DemoAccount(app.services()).create("UTC");
        open(true);
        logIn(demo.username(), demo.password());
        page.locator("a[href^='/steps/']").first().click();

        page.locator("details.edit > summary").click();
        page.locator("#quantum").fill("five");
        page.locator("details.edit form.stack").first().locator("button[type=submit]").click();
        Locator problem = page.locator("#form-error");
        assertThat(problem).hasText("“Counted in steps of” must be a number.");
        assertThat(problem).isFocused();
        assertThat(problem).isInViewport();
        assertThat(page.locator("#quantum")).hasValue("five");
        // The field the problem names says so, and is described by it; the others are not.
        assertThat(page.locator("#quantum")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#quantum")).hasAccessibleDescription("“Counted in steps of” must be a number.");
        assertThat(page.locator("#floor")).not().hasAttribute("aria-invalid", "true");
        // The other form on the page as it first stands.
        assertThat(page.locator("#day")).hasValue("2026-12-05");

        Locator earlier = page.locator("form[action$='/check-ins']");
        earlier.locator("details.more > summary").click();
        earlier.locator("#c-amount").fill("lots");
        earlier.locator("button[value='DONE']").click();
        assertThat(problem).hasText("The amount must be a number.");
        assertThat(problem).isFocused();
        assertThat(problem).isInViewport();
        assertThat(page.locator("#c-amount")).isVisible();
        assertThat(page.locator("#c-amount")).hasValue("lots");
        assertThat(page.locator("#c-amount")).hasAttribute("aria-invalid", "true");

        page.locator("#c-amount").fill("5");
        earlier.locator("button[value='DONE']").click();
        Locator saved = page.locator("p.checked[role=status]");
        assertThat(saved).hasText("Saved for Saturday 5 December.");
        assertThat(saved).isFocused();

        // A page of several forms: the field marked is the refused form's, not the first form's.
        page.navigate(app.url() + "settings/reminders");
        page.locator("#webhook").fill("ftp://example.org/hook");
        page.locator("form[action$='/webhook'] button[type=submit]").click();
        assertThat(page.locator("#form-error")).hasText("The webhook address must start with http:// or https://.");
        assertThat(page.locator("#webhook")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[aria-invalid=true]")).hasCount(1);

        problems.removeIf(seen -> seen.contains("400") && seen.contains(app.url() + "settings/reminders"));
        problems.removeIf(seen -> seen.contains("400") && seen.contains(app.url() + "steps/"));
        assertNoProblems();
    }

    /** On Today a refused "How are you" or check-in puts the keyboard on its problem, not the page's top or Done. */
    @Test
    void onTodayTheKeyboardLandsOnTheProblemNotOnDone() {
        DemoAccount.Credentials demo = new DemoAccount(app.services()).create("UTC");
        open(true);
        logIn(demo.username(), demo.password());

        Locator readiness = page.locator(".readiness details");
        if (!(Boolean) readiness.evaluate("details => details.open")) {
            readiness.locator("summary").click();
        }
        readiness.locator("button[type=submit]").click();
        Locator problem = page.locator(".readiness .error");
        assertThat(problem).hasText("Nothing was chosen: tap a number for any of them, or leave it, as it is optional.");
        assertThat(problem).isFocused();
        assertThat(problem).isInViewport();

        Locator card = page.locator("article.card.step").first();
        moreAnswers(card);
        card.locator("details.more > summary").click();
        card.locator("input[name=amount]").fill("1,000");
        card.locator("button[value='MISSED']").press("Enter");
        Locator refused = card.locator(".error");
        assertThat(refused).containsText("amount");
        assertThat(refused).isFocused();

        problems.removeIf(seen -> (seen.contains("400") || seen.contains("422")) && seen.contains(app.url()));
        assertNoProblems();
    }
}
