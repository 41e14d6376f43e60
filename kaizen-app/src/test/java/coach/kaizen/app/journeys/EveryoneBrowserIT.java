package coach.kaizen.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.account.Settings;
import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.Chromium.Screen;
import coach.kaizen.app.testing.DeclaredPages;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Node;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.options.ColorScheme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages everyone can use: axe-core runs inside every page the app declares, signed out and signed
 * in (the demo account, with its long history), on a phone and on a laptop, in both themes. Signed
 * out, the device's light or dark preference decides; signed in, the demo has chosen the other theme,
 * so both the media query and the setting are walked. No violation of any impact, and no id twice.
 */
class EveryoneBrowserIT extends BrowserJourney {

    /** Pages kept as phone screenshots in each theme, to be looked at. */
    private static final Set<String> SHOWN = Set.of("/help", "/today", "/aims/{aimId}", "/steps/{stepId}", "/settings",
            "/settings/account");
    /** The page's paper colour in each theme, as the browser computes it. */
    private static final Map<ColorScheme, String> PAPER = Map.of(ColorScheme.LIGHT, "rgb(251, 250, 246)",
            ColorScheme.DARK, "rgb(20, 26, 23)");

    @Override
    protected Instant start() {
        return Instant.parse("2026-11-21T09:00:00Z");
    }

    @ParameterizedTest(name = "{0}, device {1}")
    @CsvSource({"PHONE, LIGHT", "PHONE, DARK", "DESKTOP, LIGHT", "DESKTOP, DARK"})
    void everyDeclaredPagePassesAxe(Screen screen, ColorScheme device) {
        DeclaredPages.Demo demo = DeclaredPages.ofDemo(app);
        ColorScheme chosen = device == ColorScheme.LIGHT ? ColorScheme.DARK : ColorScheme.LIGHT;
        Settings settings = Settings.of(demo.person());
        app.services().accounts().change(demo.person(), new Settings(settings.timeZone(), settings.dayStartHour(),
                settings.weekStart(), settings.language(), settings.country(), chosen.name()));
        open(screen, device);
        List<String> violations = new ArrayList<>();

        for (String path : DeclaredPages.SIGNED_OUT) {
            violations.addAll(check(path, device));
            shown(screen, path, device);
        }
        logIn(demo.credentials().username(), demo.credentials().password());
        for (DeclaredPages.Page declared : demo.pages()) {
            violations.addAll(check(declared.path(), chosen));
            shown(screen, declared.route(), chosen);
        }
        assertThat(violations).isEmpty();
        assertNoProblems();
    }

    /**
     * Opens {@code path}, checks it is drawn in {@code theme}, and lists what axe finds there (every
     * rule it runs by default), and any id used twice, which axe no longer checks (two id="days" were).
     */
    private List<String> check(String path, ColorScheme theme) {
        page.navigate(app.url() + path.substring(1));
        assertThat(page.evaluate("getComputedStyle(document.body).backgroundColor")).as(path + " in " + theme)
                .isEqualTo(PAPER.get(theme));
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            found.add(path + " (" + theme + "): " + rule.getImpact() + " " + rule.getId() + " — " + rule.getHelp()
                    + " at " + rule.getNodes().stream().map(Node::getHtml).collect(Collectors.joining(" | ")));
        }
        Object twice = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)"
                + ".filter((id, i, ids) => ids.indexOf(id) !== i)");
        if (!((List<?>) twice).isEmpty()) {
            found.add(path + ": ids used twice " + twice);
        }
        return found;
    }

    /** On a phone, keeps a screenshot of {@code route} if it is one of the {@link #SHOWN} ("theme-dark-aims-aim.png"). */
    private void shown(Screen screen, String route, ColorScheme theme) {
        if (screen == Screen.PHONE && SHOWN.contains(route)) {
            String name = route.substring(1).replaceAll("\\{([a-z]+)Id}", "$1").replace('/', '-');
            screenshot("theme-" + theme.name().toLowerCase(Locale.ROOT) + "-" + name + ".png");
        }
    }
}
