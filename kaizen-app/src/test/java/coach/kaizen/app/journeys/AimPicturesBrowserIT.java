package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.Chromium;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.obstacle.Obstacle;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A recovery aim's page on a phone, four weeks in: the votes for its identity statement, the
 * obstacle removed two weeks ago and the experiment running this week, each picture read against
 * the words and the table that stand in for it.
 */
class AimPicturesBrowserIT extends BrowserJourney {

    private static final String IDENTITY = "I am someone who keeps promises to myself";
    private static final int DAYS = 28;
    private static final Pattern SUMMARY = Pattern.compile("^(\\d+) votes for “" + IDENTITY
            + "” in the last 30 days; (\\d+) in all\\.$");
    private static final Pattern DONE_ON = Pattern.compile("Done on (\\d+) of (\\d+) planned days? before.*?on (\\d+) of (\\d+)");
    private static final Pattern OF = Pattern.compile("^(\\d+) of (\\d+)");

    @Override
    protected Instant start() {
        return Instant.parse("2026-10-26T09:00:00Z");
    }

    @Test
    void anAimsVotesRemovalAndExperimentReadAsTheyAreDrawn() {
        Person ada = services().accounts().signUp("ada", PASSWORD, Place.in("Europe/London"), null);
        Aim wine = services().aims().create(ada, new AimDraft("Less wine", AimKind.RECOVER, IDENTITY, null));
        Step pause = services().steps().create(ada, wine.id(),
                new StepDraft("Pause before a drink", new Sizing(2, "minutes", 1, 1, 10.0), null, null));
        Obstacle fridge = services().obstacles().add(ada, wine.id(), "Wine in the fridge");
        // Two weeks with the wine at hand, two weeks without it; sparkling water first in the last week.
        for (int day = 0; day < DAYS; day++) {
            if (day == 14) {
                services().obstacles().remove(ada, fridge.id());
            }
            if (day == 21) {
                services().experiments().start(ada, pause.id(), ExperimentKind.PREPARATION, "Sparkling water first", 7);
            }
            boolean done = day < 14 ? day % 3 != 2 : day % 7 != 4;
            services().checkIns().record(ada, pause.id(), new CheckIn(services().clock().today(ada),
                    done ? Outcome.DONE : Outcome.MISSED, null, day < 14 ? 6 : 3, null));
            if (day == 25) {
                services().recovery().logAction(ada, wine.id(), RecoveryActionKind.BREATHING, null);
                services().recovery().logUrge(ada, wine.id(), new UrgeDraft(7, null, null, null, true));
            }
            clock.nextDay();
        }

        open(true);
        logIn("ada");
        page.navigate(app.url() + "aims/" + wine.id());
        Locator pictures = page.locator("section.aim-pictures");
        assertThat(pictures.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("How it is going")))
                .isVisible();
        assertThat(page.evaluate("document.documentElement.scrollWidth")).as("nothing wider than the phone")
                .isEqualTo(Chromium.Screen.PHONE.width);

        // The votes: a bar for each row of the table, the summary's count their sum, its total the last row's.
        Locator votes = page.locator("#chart-votes");
        String summary = votes.locator(".summary").textContent().strip();
        // The caption says it; a screen reader hears it once.
        assertThat(votes.locator("svg")).hasAttribute("aria-hidden", "true");
        Matcher said = SUMMARY.matcher(summary);
        assertThat(said.matches()).as(summary).isTrue();
        List<String> counts = votes.locator("tbody tr td:nth-of-type(1)").allTextContents();
        List<String> totals = votes.locator("tbody tr td:nth-of-type(2)").allTextContents();
        assertThat(votes.locator("svg rect.bar-votes")).hasCount(counts.size());
        int sum = counts.stream().mapToInt(Integer::parseInt).sum();
        assertThat(Integer.parseInt(said.group(1))).isEqualTo(sum);
        assertThat(Integer.parseInt(said.group(2))).isEqualTo(Integer.parseInt(totals.get(totals.size() - 1)));
        // Two wins besides the 22 done days: a minute of breathing and an urge that passed.
        assertThat(sum).isEqualTo(24);

        // The days behind them: newest first, each naming as many things as the day had votes.
        Locator behind = pictures.locator("details.behind");
        assertThat(behind.locator("summary")).hasText("The " + counts.size() + " days behind them");
        behind.locator("summary").click();
        List<String> days = behind.locator("li").allTextContents();
        assertThat(days).hasSize(counts.size());
        for (int i = 0; i < days.size(); i++) {
            assertThat(days.get(i).split(" · ")).as(days.get(i)).hasSize(
                    Integer.parseInt(counts.get(counts.size() - 1 - i)));
        }
        assertThat(days).anyMatch(day -> day.endsWith("A minute of breathing before reacting · An urge that passed (7 of 10)"));
        votes.locator("details.numbers summary").click();
        close(votes, "aim-pictures-votes.png");
        List<String> numbers = page.locator("details.numbers summary").allTextContents();
        assertThat(numbers).as("each chart's table is named for a screen reader by its chart").doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith("The numbers: "));

        // The removal and the trial: two bars each, as long as the table's done days say.
        expectPaired(pictures.locator(".paired.removal"), "Removed: Wine in the fridge");
        Locator trial = pictures.locator(".paired.trial");
        expectPaired(trial, "Sparkling water first");
        close(pictures.locator(".paired").first(), "aim-pictures-removal.png");
        close(trial, "aim-pictures-trial.png");
        screenshot("aim-pictures-phone.png");

        trial.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pause before a drink")).click();
        expectAt("steps/" + pause.id());
        assertNoProblems();
    }

    /** The drawing's words, its bars' lengths and the comparison table under it tell the same counts. */
    private static void expectPaired(Locator paired, String title) {
        assertThat(paired.locator("h3")).hasText(title);
        Locator svg = paired.locator("svg.shares");
        Matcher said = DONE_ON.matcher(svg.getAttribute("aria-label"));
        assertThat(said.find()).as(svg.getAttribute("aria-label")).isTrue();
        // The columns after its corner cell are the bars: before, and after the change.
        assertThat(svg.locator("rect.share")).hasCount(paired.locator("table.comparison thead tr > *").count() - 1);
        List<String> done = paired.locator("table.comparison tbody tr:nth-of-type(2) td").allTextContents();
        for (int side = 0; side < 2; side++) {
            Matcher cell = OF.matcher(done.get(side));
            assertThat(cell.find()).as(done.get(side)).isTrue();
            assertThat(cell.group(1) + " of " + cell.group(2))
                    .isEqualTo(said.group(1 + 2 * side) + " of " + said.group(2 + 2 * side));
            double share = Double.parseDouble(cell.group(1)) / Double.parseDouble(cell.group(2));
            double drawn = Double.parseDouble(svg.locator("rect.share").nth(side).getAttribute("width"))
                    / Double.parseDouble(svg.locator("rect.track").nth(side).getAttribute("width"));
            assertThat(drawn).as("bar %d of %s", side, title).isCloseTo(share, Offset.offset(0.01));
        }
    }

    /** A picture close up, as big as the phone shows it. */
    private static void close(Locator part, String name) {
        part.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name)));
    }

    private Services services() {
        return app.services();
    }
}
