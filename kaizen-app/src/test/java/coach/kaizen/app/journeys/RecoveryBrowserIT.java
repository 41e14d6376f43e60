package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.Chromium;
import coach.kaizen.app.testing.DeclaredPages;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Recovery in Debian's Chromium at phone size: an urge and the breathing minute (also when the
 * network drops), the slip flow, the safety plan, and "Need help now?" one click from every page.
 */
class RecoveryBrowserIT extends BrowserJourney {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final int EASY_DAYS = 12;

    @Override
    protected Instant start() {
        return NOW.minus(Duration.ofDays(EASY_DAYS));
    }

    @Test
    void anUrgeThenABreathingMinuteIsLoggedAsAWinEvenWhenTheNetworkDrops() {
        Person kim = services().accounts().signUp("kim", PASSWORD, Place.in("UTC"), null);
        clock.advance(Duration.ofDays(EASY_DAYS));
        Aim wine = services().aims().create(kim, new AimDraft("Less wine", AimKind.RECOVER));
        open(true);
        logIn("kim");

        Locator card = page.locator("#recovery-" + wine.id());
        assertThat(card.locator(".totals")).containsText("In all: 0 recovery wins and 0 urges that passed.");
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("I have an urge")).click();
        page.clock().install();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Breathe with me for one minute first"))
                .click();
        Locator timer = page.locator("[data-breath-timer]");
        assertThat(timer).hasText("1:00");
        Locator logIt = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log this minute as a win"));
        page.clock().runFor(30_000);
        assertThat(timer).hasText("0:30");
        assertThat(logIt).isDisabled();
        screenshot("breathing-minute.png");
        page.clock().runFor(31_000);
        page.waitForURL(Pattern.compile(".*/urge\\?breathed=1"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your minute of breathing is logged as a win");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();

        Chromium.tapChip(page.locator("#urge"), "intensity", 6);
        page.getByLabel("In your words").fill("Payday");
        page.locator("input[name=passed][value=true]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the urge")).click();
        page.waitForURL(Pattern.compile(".*/aims/" + wine.id() + "/recovery\\?passed"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Logged: the urge passed. Riding it out counts.");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        Locator wins = page.locator("#recovery-" + wine.id() + " .wins li");
        assertThat(wins).hasText(new String[] {"A minute of breathing before reacting", "An urge that passed (6 of 10)"});

        // Once loaded, the minute runs without the network; its win waits for the network to come back.
        page.navigate(app.url() + "aims/" + wine.id() + "/breathe");
        context.setOffline(true);
        page.clock().runFor(61_000);
        assertThat(page.locator("[data-breath-status]")).containsText("You are offline");
        context.setOffline(false);
        page.waitForURL(Pattern.compile(".*/aims/" + wine.id() + "/recovery\\?won"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Logged: one more win for today. Each one counts.");
        assertThat(page.locator("#recovery-" + wine.id() + " .totals"))
                .containsText("In all: 2 recovery wins and 1 urge that passed.");

        // An urge that did not pass: the slip page opens on the word that it was logged.
        page.navigate(app.url() + "aims/" + wine.id() + "/urge");
        Chromium.tapChip(page.locator("#urge"), "intensity", 8);
        page.locator("input[name=passed][value=false]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the urge")).click();
        page.waitForURL(Pattern.compile(".*/aims/" + wine.id() + "/slip\\?after=urge"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your urge is logged.");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        assertThat(problems).isEmpty();
    }

    @Test
    void aSlipIsAKindFlowAndTomorrowsStepIsSmallerWithNothingErased() {
        Person lou = services().accounts().signUp("lou", PASSWORD, Place.in("UTC"), null);
        Aim wine = services().aims().create(lou, new AimDraft("Less wine", AimKind.RECOVER));
        Step tea = services().steps().create(lou, wine.id(),
                new StepDraft("Tea at seven", new Sizing(10, "minutes", 1, 2, 30.0), null));
        for (int day = 0; day < EASY_DAYS; day++) {
            services().checkIns().record(lou, tea.id(),
                    new CheckIn(services().clock().today(lou), Outcome.DONE, null, 1, null));
            services().recovery().logAction(lou, wine.id(), RecoveryActionKind.HONEST_TALK, null);
            clock.nextDay();
        }
        open(true);
        logIn("lou");
        Locator step = page.locator("#step-" + tea.id());
        String sizeBefore = step.locator(".proposal .size").textContent();
        int minutesBefore = minutes(sizeBefore);
        assertThat(minutesBefore).as("twelve easy days grew the step").isGreaterThan(10);

        // The wins are small chips in the card's colours, not the crisis card's big red buttons.
        Locator chip = page.locator("#recovery-" + wine.id() + " .win-chip").first();
        assertThat(chip.evaluate("e => getComputedStyle(e).backgroundColor"))
                .isNotEqualTo(page.locator(".help-now").evaluate("e => getComputedStyle(e).backgroundColor"));
        assertThat(((Number) chip.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"
                + " / parseFloat(getComputedStyle(document.documentElement).fontSize)")).doubleValue())
                .as("the chip's font size in rem (a crisis tap's is 1.25)").isCloseTo(0.9, within(0.01));

        page.locator("#recovery-" + wine.id()).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("I slipped")).click();
        assertThat(page.locator(".lead")).containsText("it does not undo what you have built");
        page.getByLabel("What was happening?").fill("A party, everyone was drinking");
        page.getByLabel("How do you feel now?").fill("Tired and a bit low");
        page.getByLabel("One thing that might help next time").fill("Bring my own drinks");
        page.getByLabel("Keep it as an obstacle to work on for this aim").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on")).click();

        page.waitForURL(Pattern.compile(".*/slips/\\d+"));
        assertThat(page.locator("legend")).containsText("How sure are you that you can take your next step?");
        Chromium.tapChip(page.locator("form.card"), "confidence", 3);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on")).click();
        assertThat(page.locator("h1")).hasText("What comes next");
        Locator after = page.locator("#after-step-" + tea.id());
        assertThat(after).containsText("Tea at seven: next time");
        assertThat(after).containsText("smallest version: 2 minutes");
        assertThat(after.locator(".reason")).containsText("After a slip");
        assertThat(minutes(after.locator(".after-size").textContent())).as("tomorrow's step").isLessThan(minutesBefore);
        assertThat(page.locator("#kept")).hasText("Nothing is erased. Still here: your " + EASY_DAYS
                + " recovery wins and every day you logged before.");
        screenshot("after-a-slip.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to Today")).click();
        assertThat(step.locator(".checked")).containsText("A slip, said honestly.");
        assertThat(step.locator(".strength strong")).not().hasText("0%");
        List<SavedCheckIn> history = services().checkIns().list(lou, tea.id(),
                services().clock().today(lou).minusDays(EASY_DAYS), services().clock().today(lou));
        assertThat(history).extracting(saved -> saved.checkIn().outcome()).containsSequence(
                java.util.Collections.nCopies(EASY_DAYS, Outcome.DONE)).endsWith(Outcome.SLIP);
        page.navigate(app.url() + "aims/" + wine.id());
        assertThat(page.locator(".obstacles")).containsText("Bring my own drinks");
        assertThat(problems).isEmpty();
    }

    @Test
    void theSafetyPlanIsWrittenThenFoundAgainBehindNeedHelpNow() {
        services().accounts().signUp("ida", PASSWORD, Place.in("UTC"), null);
        clock.advance(Duration.ofDays(EASY_DAYS));
        open(true);
        logIn("ida");
        page.locator("header .help-now").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write your safety plan")).click();
        page.getByLabel("My warning signs").fill("Not sleeping\nSkipping meals");
        page.getByLabel("People I can ask for help").fill("Sam, 07700 900123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my plan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved. See it on the help page");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print it"))).isVisible();

        page.navigate(app.url() + "safety-plan");
        assertThat(page.getByLabel("My warning signs")).hasValue("Not sleeping\nSkipping meals");
        page.getByLabel("Making my surroundings safe").fill("Wine out of the house");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my plan")).click();

        page.locator("header .help-now").click();
        Locator plan = page.locator("section[aria-labelledby=plan-title]");
        assertThat(plan.locator("h3")).hasText(new String[] {"My warning signs", "People I can ask for help",
                "Making my surroundings safe"});
        assertThat(plan).containsText("Sam, 07700 900123");
        screenshot("help-with-plan.png");
        assertThat(problems).isEmpty();
    }

    /**
     * At phone width: the recovery page's pictures and the weekly review, each chart's words and
     * table checked against what it draws, and what a day cost said through the form.
     */
    @Test
    void theRecoveryPicturesAndTheWeeklyReviewSayWhatTheyDraw() {
        Person mia = services().accounts().signUp("mia", PASSWORD, Place.in("UTC"), null);
        LocalDate first = services().clock().today(mia);
        Aim wine = services().aims().create(mia, new AimDraft("Less wine", AimKind.RECOVER, null,
                first.minusDays(8)));
        Step tea = services().steps().create(mia, wine.id(),
                new StepDraft("Tea at seven", new Sizing(10, "minutes", 1, 2, 30.0), null));
        // Monday 9 to Sunday 22 November: tea most days, a win or an urge on some, a slip on the 13th.
        for (int day = 0; day < 14; day++) {
            LocalDate today = services().clock().today(mia);
            if (day % 4 != 3) {
                services().checkIns().record(mia, tea.id(), new CheckIn(today, Outcome.DONE, null, 2, null));
            }
            if (day % 3 == 0) {
                services().recovery().logAction(mia, wine.id(), RecoveryActionKind.BOUNDARY, null);
            }
            if (day % 5 == 1) {
                services().recovery().logUrge(mia, wine.id(), new UrgeDraft(6, "payday", null, null, day != 6));
            }
            if (day == 4) {
                services().slips().record(mia, wine.id(), new SlipDraft(today, null, null, null, null), false);
            }
            clock.nextDay();
        }
        assertThat(services().clock().today(mia)).as("the first day of Mia's week").isEqualTo("2026-11-23");
        open(true);
        logIn("mia");

        Locator review = page.locator(".review-link a");
        assertThat(review).hasText("How last week went");
        assertThat(review).hasAttribute("href", "/review/2026-W47");

        page.navigate(app.url() + "aims/" + wine.id() + "/recovery");
        page.locator("#not-spent summary").click();
        page.getByLabel("Money a day").fill("-3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#not-spent .error")).containsText("Money a day must be a number from 0 to 1,000,000");
        answeredWithAnError("/not-spent");
        page.getByLabel("Money a day").fill("4,5");
        page.getByLabel("Currency, as you write it (optional: €, $, pesos)").fill("€");
        page.getByLabel("Minutes a day").fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.waitForURL(Pattern.compile(".*/aims/" + wine.id() + "/recovery#progress"));
        // Counting from 1 November, a slip on the 13th: 12 days, then 10 so far.
        assertThat(page.locator(".not-spent").first()).hasText("Not spent in this run (10 days): €45 and 5 hours.");
        assertThat(page.locator(".milestones")).containsText("Next milestone: 30 days, in 20 days.");

        List<List<String>> runs = table(page.locator("#chart-runs"));
        assertThat(marks(page.locator("#chart-runs"), "rect")).as("a bar a run").isEqualTo(runs.size());
        assertThat(summary(page.locator("#chart-runs"))).isEqualTo(runs.size() + " runs since " + runs.get(0).get(0)
                + ": this one is " + runs.get(runs.size() - 1).get(2) + " days, the longest "
                + runs.stream().mapToInt(row -> Integer.parseInt(row.get(2))).max().orElseThrow()
                + " days, and " + sum(runs, 2) + " days in all.");

        List<List<String>> weeks = table(page.locator("#chart-weeks"));
        List<String> thisWeek = weeks.get(weeks.size() - 1);
        assertThat(marks(page.locator("#chart-weeks"), "rect")).as("two bars a week").isEqualTo(2 * weeks.size());
        assertThat(summary(page.locator("#chart-weeks"))).isEqualTo("Since the week of " + weeks.get(0).get(0) + ": "
                + count(sum(weeks, 1), "win") + ", and " + sum(weeks, 2) + " of " + count(sum(weeks, 3), "urge")
                + " passed. This week so far: " + count(thisWeek.get(1), "win") + " and "
                + count(thisWeek.get(2), "urge") + " that passed.");
        assertFitsThePhone();
        screenshot("recovery-pictures.png");

        page.navigate(app.url() + "today");
        review.click();
        page.waitForURL(app.url() + "review/2026-W47");
        assertThat(page.locator("h1")).containsText("Your week");
        assertThat(page.locator(".review-steps li")).hasCount(1);
        assertThat(page.locator(".review-steps li")).containsText("“Tea at seven”: done on 5 of 7 days;");
        Locator week = page.locator("#chart-week");
        List<List<String>> days = table(week);
        assertThat(days).hasSize(7);
        assertThat(marks(week, "rect")).as("a bar a day").isEqualTo(7);
        assertThat(marks(week, "circle")).as("a dot a day").isEqualTo(7);
        assertThat(summary(week)).isEqualTo(count(sum(days, 1), "step") + " done on "
                + count(days.stream().filter(row -> !row.get(1).equals("0")).count(), "day") + ", and "
                + count(sum(days, 2), "recovery win") + ", counting urges that passed.");
        assertThat(page.locator(".suggestion")).not().isEmpty();
        assertFitsThePhone();
        screenshot("weekly-review.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The week after →")).click();
        page.waitForURL(app.url() + "review/2026-W48");
        assertThat(page.locator(".hint").first()).hasText("This week is still going: here is how it is so far.");
        assertThat(page.locator("a[rel=next]")).hasCount(0);
        assertThat(page.locator("a[rel=prev]")).hasAttribute("href", "/review/2026-W47");
        assertThat(problems).isEmpty();

        assertThat(page.navigate(app.url() + "review/2026-W49").status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("No review of that week yet");
        answeredWithAnError("/review/2026-W49");
        assertThat(page.navigate(app.url() + "review/2026-W60").status()).isEqualTo(400);
        assertThat(page.locator("main")).containsText("A week is written like 2026-W49");
        answeredWithAnError("/review/2026-W60");
        screenshot("review-no-such-week.png");
    }

    /** The problems noted since the last check are the error answer of {@code path}, as meant; forgets them. */
    private void answeredWithAnError(String path) {
        assertThat(problems).isNotEmpty().allMatch(problem -> problem.contains(path));
        problems.clear();
    }

    /** The rows of a chart's table, each its cells' words, the row's heading first. */
    private static List<List<String>> table(Locator chart) {
        return chart.locator("tbody tr").all().stream()
                .map(row -> row.locator("th, td").allTextContents().stream().map(String::strip).toList()).toList();
    }

    private static int marks(Locator chart, String element) {
        return chart.locator("svg " + element).count();
    }

    /** The sentence under the title, which a screen reader hears once: the drawing is hidden from it. */
    private static String summary(Locator chart) {
        String said = chart.locator(".summary").textContent().strip();
        assertThat(chart.locator("svg")).hasAttribute("aria-hidden", "true");
        return said;
    }

    private static int sum(List<List<String>> rows, int column) {
        return rows.stream().mapToInt(row -> Integer.parseInt(row.get(column))).sum();
    }

    /** "1 win", "3 wins". */
    private static String count(Object number, String word) {
        return number + " " + word + ("1".equals(number.toString()) ? "" : "s");
    }

    /** Nothing wider than the phone: no sideways scrolling. */
    private void assertFitsThePhone() {
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(Chromium.Screen.PHONE.width);
    }

    /** Every page the app declares, signed in and not, with JavaScript off: one click reaches the crisis lines. */
    @Test
    void theCrisisLinesAreOneClickFromEveryPage() {
        clock.advance(Duration.ofDays(EASY_DAYS));
        DeclaredPages.Demo demo = DeclaredPages.ofDemo(app);

        open(false);
        DeclaredPages.SIGNED_OUT.forEach(this::oneClickToHelp);
        logIn(demo.credentials().username(), demo.credentials().password());

        List<String> visited = new ArrayList<>();
        for (DeclaredPages.Page declared : demo.pages()) {
            oneClickToHelp(declared.path());
            visited.add(declared.route());
        }
        assertThat(visited).contains("/today", "/aims/{aimId}", "/steps/{stepId}", "/session/{part}", "/journal",
                "/aims/{aimId}/breathe", "/slips/{slipId}", "/safety-plan", "/strengths", "/settings");
        assertThat(problems).isEmpty();
    }

    private void oneClickToHelp(String path) {
        page.navigate(app.url() + path.substring(1));
        page.locator("header .help-now").click();
        page.waitForURL(app.url() + "help");
        assertThat(page.locator("h1")).hasText("Need help now?");
        // The browser speaks en-GB, so the United Kingdom's lines come first, each a tap away.
        assertThat(page.locator("#lines-title")).hasText("Where you are: United Kingdom");
        assertThat(page.locator(".reaches a.tap").first()).hasAttribute("href", "tel:999");
        assertThat(page.locator(".reaches .name")).hasText(new String[] {"Emergency services", "Samaritans", "FRANK"});
    }

    private Services services() {
        return app.services();
    }

    private static int minutes(String size) {
        return Integer.parseInt(size.strip().replace(" minutes", "").replace(" minute", ""));
    }
}
