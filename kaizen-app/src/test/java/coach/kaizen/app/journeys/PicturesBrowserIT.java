package coach.kaizen.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.cli.DemoAccount;
import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.Chromium.Screen;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.ColorScheme;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo's pictures of progress at phone size, on a light and a dark device: each chart says
 * in words and numbers what it draws, and stays within a 390 px screen.
 */
class PicturesBrowserIT extends BrowserJourney {

    @Override
    protected Instant start() {
        return Instant.parse("2026-12-05T09:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void aStepsPicturesSayWhatTheyDraw(ColorScheme scheme) {
        DemoAccount.Credentials demo = new DemoAccount(app.services()).create("UTC");
        open(Screen.PHONE, scheme);
        logIn(demo.username(), demo.password());
        page.locator("a[href^='/steps/']").first().click();

        Locator charts = page.locator("figure.chart");
        assertThat(charts.count()).isEqualTo(4);
        for (int i = 0; i < charts.count(); i++) {
            Locator chart = charts.nth(i);
            String summary = chart.locator(".summary").textContent().strip();
            assertThat(summary).isNotBlank();
            // Said once, in the caption: no drawing repeats it to a screen reader.
            assertThat(chart.locator("[aria-label]").evaluateAll("all => all.map(e => e.getAttribute('aria-label'))"))
                    .asList().doesNotContain(summary);
            assertThat(chart.boundingBox().width).as("within the phone's width").isLessThanOrEqualTo(390);
        }
        Locator calendar = page.locator("#chart-calendar");
        assertThat(sum(calendar, 1)).isEqualTo(calendar.locator("rect.mark-done").count()).isPositive();
        assertThat(calendar.locator(".summary").textContent()).contains(sum(calendar, 1) + " days done");
        Locator resistance = page.locator("#chart-resistance");
        assertThat(resistance.locator("circle.dot-resistance").count())
                .isEqualTo(resistance.locator("tbody tr").count()).isPositive();
        Locator size = page.locator("#chart-size");
        assertThat(size.locator("circle.dot-done").count()).isEqualTo(
                (int) size.locator("tbody tr td:nth-child(3)").allTextContents().stream()
                        .filter(done -> !done.equals("–")).count());

        calendar.locator("summary").click();
        assertThat(calendar.locator("table").isVisible()).isTrue();
        screenshot("pictures-step-" + scheme.name().toLowerCase() + ".png");
        assertNoProblems();
    }

    /** The table's column {@code column} added up over its months. */
    private static int sum(Locator chart, int column) {
        List<String> cells = chart.locator("tbody tr td:nth-child(" + (column + 1) + ")").allTextContents();
        return cells.stream().mapToInt(Integer::parseInt).sum();
    }
}
