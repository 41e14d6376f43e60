package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.Chromium;
import coach.kaizen.app.testing.DeclaredPages;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ForcedColors;
import com.microsoft.playwright.options.ReducedMotion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pages as people set their phones: a narrow screen in a longer language, text twice its size,
 * motion reduced, a high-contrast mode. What matters most must still be whole and working.
 */
class EveryWayOfSeeingBrowserIT extends BrowserJourney {

    /** Where "Need help now?" lies and whether its words fit inside it, read from the page. */
    private static final String HELP_BUTTON = "() => { const help = document.querySelector('header .help-now');"
            + " const box = help.getBoundingClientRect();"
            + " return box.left >= 0 && box.right <= window.innerWidth && help.scrollWidth <= help.clientWidth"
            + " ? '' : Math.round(box.left) + '–' + Math.round(box.right) + ' of ' + window.innerWidth; }";

    /** Empty when the page does not scroll sideways; else what reaches past the screen's edge, and where it ends. */
    private static final String WIDER = "() => { const edge = document.documentElement.clientWidth;"
            + " if (document.documentElement.scrollWidth <= edge) { return ''; }"
            + " return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > edge + 1)"
            + ".map(e => e.tagName.toLowerCase() + '.' + e.className + ' to ' + Math.round(e.getBoundingClientRect().right))"
            + ".slice(0, 3).join(', '); }";

    @Override
    protected Instant start() {
        return Instant.parse("2026-12-05T09:00:00Z");
    }

    @Test
    void theHelpButtonStaysWholeOnANarrowPhoneInSpanishAndNothingScrollsSidewaysWithLargeText() {
        DeclaredPages.Demo demo = DeclaredPages.ofDemo(app);
        open(true, "es-ES");
        page.setViewportSize(320, 640);
        List<String> cut = new ArrayList<>();
        List<String> sideways = new ArrayList<>();
        for (String path : DeclaredPages.SIGNED_OUT) {
            page.navigate(app.url() + path.substring(1));
            assertThat(page.locator("header .help-now")).hasText("¿Necesitas ayuda ahora?");
            said(cut, path + " in Spanish", page.evaluate(HELP_BUTTON));
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as(path + ": no sideways scroll")
                    .isLessThanOrEqualTo(320);
        }
        context.close();

        open(true);
        page.setViewportSize(320, 640);
        logIn(demo.credentials().username(), demo.credentials().password());
        for (DeclaredPages.Page declared : demo.pages()) {
            page.navigate(app.url() + declared.path().substring(1));
            // What a phone's "largest text" does to a page sized in rem.
            page.evaluate("document.documentElement.style.fontSize = '200%'");
            said(cut, declared.route() + " with large text", page.evaluate(HELP_BUTTON));
            Object wider = page.evaluate(WIDER);
            if (!"".equals(wider)) {
                sideways.add(declared.route() + ": " + wider);
            }
        }
        assertThat(cut).as("pages where the help button is cut off").isEmpty();
        assertThat(sideways).as("pages that scroll sideways with large text").isEmpty();
        assertNoProblems();
    }

    @Test
    void theBreathingMinuteKeepsItsPaceWithMotionReduced() {
        DeclaredPages.Demo demo = demoSeenWith(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.navigate(app.url() + pathOf(demo, "/aims/{aimId}/breathe").substring(1));

        assertThat(animation(".breath-circle")).as("a fade, not a circle growing").isEqualTo("breath-fade");
        assertThat(animation(".breath-cue .in")).as("breathe in, then out").isEqualTo("cue-in");
        assertThat(animation(".breath-cue .out")).isEqualTo("cue-out");
        assertThat(animation(".breath-bar span")).as("the minute's bar fills as the minute goes").isEqualTo("fill");
        assertNoProblems();
    }

    @Test
    void aChosenNumberShowsInAHighContrastMode() {
        demoSeenWith(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.ACTIVE));
        Locator readiness = page.locator(".readiness details");
        if (!(Boolean) readiness.evaluate("details => details.open")) {
            readiness.locator("summary").click();
        }
        Chromium.tapChip(readiness, "energy", 6);

        String chosen = background(readiness, 6);
        assertThat(chosen).as("the chosen chip against the one beside it").isNotEqualTo(background(readiness, 5));
        assertThat(background(readiness, 7)).isEqualTo(background(readiness, 5));
        assertNoProblems();
    }

    /** The demo person signed in on a phone set as {@code setting} says, on Today. */
    private DeclaredPages.Demo demoSeenWith(Page.EmulateMediaOptions setting) {
        DeclaredPages.Demo demo = DeclaredPages.ofDemo(app);
        open(true);
        page.emulateMedia(setting);
        logIn(demo.credentials().username(), demo.credentials().password());
        return demo;
    }

    private static void said(List<String> cut, String where, Object problem) {
        if (!"".equals(problem)) {
            cut.add(where + ": " + problem);
        }
    }

    private String animation(String selector) {
        return (String) page.locator(selector).first().evaluate("element => getComputedStyle(element).animationName");
    }

    private static String background(Locator readiness, int value) {
        return (String) readiness.locator("input[name=energy][value='" + value + "'] + span")
                .evaluate("span => getComputedStyle(span).backgroundColor");
    }

    private static String pathOf(DeclaredPages.Demo demo, String route) {
        return demo.pages().stream().filter(declared -> declared.route().equals(route)).findFirst().orElseThrow().path();
    }
}
