package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.cli.DemoAccount;
import coach.kaizen.app.http.WebServer;
import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.Chromium;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.SlipDraft;
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
import java.util.Map;
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
        Person kim = services().accounts().signUp("kim", PASSWORD, Place.in("UTC"));
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
        page.waitForURL(Pattern.compile(".*/urge\\?breathed=1#urge"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your minute of breathing is logged as a win");

        Chromium.tapChip(page.locator("#urge"), "intensity", 6);
        page.getByLabel("In your words").fill("Payday");
        page.locator("input[name=passed][value=true]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the urge")).click();
        page.waitForURL(Pattern.compile(".*/aims/" + wine.id() + "/recovery#wins"));
        Locator wins = page.locator("#recovery-" + wine.id() + " .wins li");
        assertThat(wins).hasText(new String[] {"A minute of breathing before reacting", "An urge that passed (6 of 10)"});

        // Once loaded, the minute runs without the network; its win waits for the network to come back.
        page.navigate(app.url() + "aims/" + wine.id() + "/breathe");
        context.setOffline(true);
        page.clock().runFor(61_000);
        assertThat(page.locator("[data-breath-status]")).containsText("You are offline");
        context.setOffline(false);
        page.waitForURL(Pattern.compile(".*/aims/" + wine.id() + "/recovery#wins"));
        assertThat(page.locator("#recovery-" + wine.id() + " .totals"))
                .containsText("In all: 2 recovery wins and 1 urge that passed.");
        assertThat(problems).isEmpty();
    }

    @Test
    void aSlipIsAKindFlowAndTomorrowsStepIsSmallerWithNothingErased() {
        Person lou = services().accounts().signUp("lou", PASSWORD, Place.in("UTC"));
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

        page.locator("#recovery-" + wine.id()).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("I slipped")).click();
        assertThat(page.locator(".lead")).containsText("it does not undo what you have built");
        page.getByLabel("What was happening?").fill("A party, everyone was drinking");
        page.getByLabel("How do you feel now?").fill("Tired and a bit low");
        page.getByLabel("One thing that might help next time").fill("Bring my own drinks");
        page.getByLabel("Keep it as an obstacle to work on for this aim").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on")).click();

        page.waitForURL(Pattern.compile(".*/slips/\\d+"));
        assertThat(page.locator("legend")).containsText("How sure are you that you can do today's step?");
        Chromium.tapChip(page.locator("form.card"), "confidence", 3);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on")).click();
        assertThat(page.locator("h1")).hasText("What comes next");
        Locator after = page.locator("#after-step-" + tea.id());
        assertThat(after).containsText("Tea at seven: next time");
        assertThat(after).containsText("smallest version: 2 minutes");
        assertThat(after.locator(".reason")).containsText("After a slip");
        assertThat(minutes(after.locator(".after-size").textContent())).as("tomorrow's step").isLessThan(minutesBefore);
        assertThat(page.locator("#kept")).containsText("your " + EASY_DAYS + " recovery wins and 0 urges that passed "
                + "are all still here");
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
        services().accounts().signUp("ida", PASSWORD, Place.in("UTC"));
        clock.advance(Duration.ofDays(EASY_DAYS));
        open(true);
        logIn("ida");
        page.locator("header .help-now").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write your safety plan")).click();
        page.getByLabel("My warning signs").fill("Not sleeping\nSkipping meals");
        page.getByLabel("People I can ask for help").fill("Sam, 07700 900123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my plan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
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

    /** Every page the app declares, signed in and not, with JavaScript off: one click reaches the crisis lines. */
    @Test
    void theCrisisLinesAreOneClickFromEveryPage() {
        clock.advance(Duration.ofDays(EASY_DAYS));
        DemoAccount.Credentials demo = new DemoAccount(services()).create("UTC");
        Person person = services().accounts().signIn(demo.username(), demo.password());
        Aim recovery = services().aims().list(person).stream().filter(aim -> aim.kind() == AimKind.RECOVER)
                .findFirst().orElseThrow();
        long stepId = services().steps().listForAim(person, recovery.id()).get(0).id();
        long slipId = services().slips().record(person, recovery.id(),
                new SlipDraft(LocalDate.of(2026, 11, 20), null, null, null, null), false).id();
        Map<String, String> ids = Map.of("{aimId}", Long.toString(recovery.id()), "{stepId}", Long.toString(stepId),
                "{slipId}", Long.toString(slipId), "{part}", "today");

        open(false);
        for (String path : List.of("/", "/login", "/signup", "/help")) {
            oneClickToHelp(path);
        }
        page.navigate(app.url() + "login");
        page.getByLabel("Username").fill(demo.username());
        page.getByLabel("Password").fill(demo.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(app.url() + "today");

        List<String> visited = new ArrayList<>();
        for (WebServer.Route route : app.routes()) {
            // A download (a .zip) is a file, not a page with a header to click.
            if (!route.method().equals("GET") || route.path().startsWith("/api/") || route.path().equals("/health")
                    || route.path().endsWith(".zip")) {
                continue;
            }
            String path = route.path();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace(id.getKey(), id.getValue());
            }
            assertThat(path).as("a path parameter this test cannot fill, in " + route.path()).doesNotContain("{");
            oneClickToHelp(path);
            visited.add(route.path());
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
        assertThat(page.locator("#lines-title")).hasText("In United Kingdom");
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
