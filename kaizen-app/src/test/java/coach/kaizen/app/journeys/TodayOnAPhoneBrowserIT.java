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
import coach.kaizen.core.checkin.HowHard;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.ReasonCode;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Today on a phone (390×844) for a person with three steps: the first Done above the fold, a
 * day's check-in in two taps (Done, then how hard it was), and how you are folded to one line
 * once said.
 */
class TodayOnAPhoneBrowserIT extends BrowserJourney {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private Person lee;
    private Step walk;

    @Override
    protected Instant start() {
        return Instant.parse("2026-11-21T09:00:00Z");
    }

    private void threeSteps() {
        lee = services().accounts().signUp("lee", PASSWORD, Place.in("Europe/Paris"), null);
        Aim move = services().aims().create(lee, new AimDraft("Move more", AimKind.BUILD));
        Aim read = services().aims().create(lee, new AimDraft("Read more", AimKind.BUILD));
        walk = services().steps().create(lee, move.id(),
                new StepDraft("Walk", new Sizing(10, "minutes", 1, 1, null), "after I pour my coffee"));
        services().steps().create(lee, move.id(), new StepDraft("Stretch", new Sizing(2, "minutes", 1, 1, null), null));
        services().steps().create(lee, read.id(), new StepDraft("Read", new Sizing(5, "pages", 1, 1, null), null));
    }

    @Test
    void theFirstDoneIsAboveTheFoldAndADaysCheckInTakesTwoTaps() {
        threeSteps();
        open(true);
        logIn("lee");
        Locator cards = page.locator("article.step");
        assertThat(cards).hasCount(3);
        Locator first = cards.first();
        Locator done = first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done").setExact(true));
        screenshot("today-phone-three-steps.png");
        BoundingBox box = done.boundingBox();
        assertThat(box.y + box.height).as("the first Done's bottom edge, before how you are is said")
                .isLessThan(Chromium.Screen.PHONE.height);

        // Every tap a person makes is counted, so "two taps" is measured rather than assumed.
        page.evaluate("window.kaizenTaps = 0; document.addEventListener('click', () => window.kaizenTaps++, true)");
        page.evaluate("window.kaizenSamePage = true");
        done.click();
        assertThat(first.locator(".checked")).containsText("Done today");
        screenshot("today-phone-how-hard.png");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Easy").setExact(true)).click();
        assertThat(first.locator(".checked")).containsText("How hard to start: 2 of 10.");
        assertThat(first.locator(".how-hard")).hasCount(0);
        assertThat(page.evaluate("window.kaizenTaps")).as("taps for a day's check-in").isEqualTo(2);
        assertThat(page.evaluate("window.kaizenSamePage")).as("htmx redrew the card in place").isEqualTo(true);
        CheckIn saved = services().checkIns().list(lee, walk.id(), TODAY, TODAY).get(0).checkIn();
        assertThat(saved.outcome()).isEqualTo(Outcome.DONE);
        assertThat(saved.resistance()).isEqualTo(HowHard.EASY.resistance());
        screenshot("today-phone-done-easy.png");

        // How you are, said in three taps, then folded to one line.
        Locator readiness = page.locator("section.readiness");
        Chromium.tapChip(readiness, "energy", 7);
        Chromium.tapChip(readiness, "stress", 3);
        readiness.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(readiness.locator(".checked")).hasText("Noted, thank you");
        assertThat(readiness.locator("details")).not().hasAttribute("open", "");
        assertThat(readiness.locator("fieldset.energy")).isHidden();
        screenshot("today-phone-answered.png");
        assertThat(readiness.boundingBox().height).as("the folded readiness card's height: one line").isLessThan(60);

        // The other answers are one tap away, and change the day as before.
        Locator stretch = cards.nth(1);
        moreAnswers(stretch);
        screenshot("today-phone-more-answers.png");
        stretch.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Not today").setExact(true)).click();
        assertThat(stretch.locator(".checked")).containsText("Not today");
        assertThat(stretch.locator(".how-hard")).hasCount(0);
        assertNoProblems();
    }

    /** Enter on Done, Tab, Enter on Easy: the redrawn card keeps the keyboard's place. */
    @Test
    void aDaysCheckInByKeyboardStaysInItsCard() {
        threeSteps();
        open(true);
        logIn("lee");
        Locator first = page.locator("article.step").first();
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done").setExact(true)).focus();
        page.keyboard().press("Enter");
        assertThat(first.locator(".checked")).containsText("Done today");
        assertThat(first.locator(".checked")).isFocused();
        page.keyboard().press("Tab");
        assertThat(first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Easy").setExact(true)))
                .isFocused();
        page.keyboard().press("Enter");
        assertThat(first.locator(".checked")).containsText("How hard to start: 2 of 10.");
        assertThat(first.locator(".checked")).isFocused();
        assertThat(services().checkIns().list(lee, walk.id(), TODAY, TODAY).get(0).checkIn().resistance())
                .isEqualTo(HowHard.EASY.resistance());
        assertNoProblems();
    }

    @Test
    void withoutJavaScriptHowHardCorrectsTheDayAndTheEngineSeesIt() {
        threeSteps();
        open(false);
        logIn("lee");
        Locator first = page.locator("article.step").first();
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done").setExact(true)).click();
        assertThat(first.locator(".checked")).containsText("Done today");
        assertThat(services().checkIns().list(lee, walk.id(), TODAY, TODAY).get(0).checkIn().resistance()).isNull();
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hard").setExact(true)).click();
        assertThat(first.locator(".checked")).containsText("How hard to start: 8 of 10.");
        screenshot("today-phone-nojs-hard.png");

        CheckIn saved = services().checkIns().list(lee, walk.id(), TODAY, TODAY).get(0).checkIn();
        assertThat(saved.outcome()).isEqualTo(Outcome.DONE);
        assertThat(saved.resistance()).isEqualTo(HowHard.HARD.resistance());
        // The correction was replayed: the next proposal reads the day as a hard one.
        ReasonCode next = services().today().today(lee).steps().get(0).proposal().reason().code();
        assertThat(next).isIn(ReasonCode.HOLD_AFTER_HARD_DAY, ReasonCode.SHRINK_AFTER_HARD_DAY);
        assertNoProblems();
    }

    private Services services() {
        return app.services();
    }
}
