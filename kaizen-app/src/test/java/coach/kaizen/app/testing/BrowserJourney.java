package coach.kaizen.app.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.Chromium.Screen;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ScreenshotCaret;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up every browser journey shares: one Chromium per class, a fresh app on a temp SQLite
 * file with a test clock for each test, a phone-sized page watched for errors and other hosts.
 */
public abstract class BrowserJourney {

    protected static final String PASSWORD = "a long secret";
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Chromium chromium;

    @TempDir
    Path folder;

    protected TestClock clock;
    protected App app;
    protected Page page;
    protected final List<String> problems = new ArrayList<>();
    protected BrowserContext context;
    private BrowserContext secondContext;

    /** Where the test clock stands when the app starts. */
    protected abstract Instant start();

    /** The KAIZEN_* settings the app starts with; none by default. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void startApp() {
        clock = new TestClock(start());
        app = App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null), settings()),
                clock);
    }

    @AfterEach
    void stopApp() {
        if (context != null) {
            context.close();
        }
        if (secondContext != null) {
            secondContext.close();
        }
        app.close();
    }

    /** Opens a phone whose browser speaks British English. */
    protected void open(boolean javaScript) {
        open(javaScript, "en-GB");
    }

    /** Opens a phone whose browser speaks {@code locale} ("es-ES"). */
    protected void open(boolean javaScript, String locale) {
        use(chromium.phone(javaScript, locale));
    }

    /** Opens {@code screen}, with JavaScript, in British English, on a device that prefers {@code scheme}. */
    protected void open(Screen screen, ColorScheme scheme) {
        use(chromium.context(screen, scheme, true, "en-GB"));
    }

    /** A second phone with JavaScript, in British English: the same person's other device. Closed with the test. */
    protected Page secondPhone() {
        secondContext = chromium.phone(true, "en-GB");
        secondContext.setDefaultTimeout(10_000);
        Page second = secondContext.newPage();
        Chromium.watch(second, app.url(), problems);
        return second;
    }

    /** Opens a phone with a profile of its own (not incognito), as a browser that may install the app. */
    protected void openWithProfile() {
        use(chromium.phoneWithProfile(folder.resolve("profile")));
    }

    private void use(BrowserContext fresh) {
        context = fresh;
        context.setDefaultTimeout(10_000);
        page = context.newPage();
        Chromium.watch(page, app.url(), problems);
    }

    /** Fills in the English log-in form at /login and lands on Today. */
    protected void logIn(String user) {
        logIn(user, PASSWORD);
    }

    protected void logIn(String user, String password) {
        page.navigate(app.url() + "login");
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(app.url() + "today");
    }

    /** Signs up as {@code user} on the English /signup page and lands on the aims. */
    protected void newAccount(String user) {
        page.navigate(app.url() + "signup");
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
        page.waitForURL(app.url() + "aims");
    }

    /** Clicks the button named exactly {@code name}. */
    protected void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    /**
     * Opens the card's other answers, taps a 0–10 resistance chip there where a thumb would, then
     * the button named {@code done}, which sends the chip with it.
     */
    protected static void checkIn(Locator card, int resistance, String done) {
        moreAnswers(card);
        Chromium.tapChip(card, "resistance", resistance);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(done).setExact(true)).click();
    }

    /** Opens the disclosure under a step's Done: not today, skip, a slip, how hard on 0–10, a note. */
    protected static void moreAnswers(Locator card) {
        card.locator("details.more-answers > summary").click();
    }

    protected void screenshot(String name) {
        // The caret is left alone: hiding it makes Playwright leave style="" on every input, which
        // htmx would then copy onto the redrawn card, tripping the page's CSP (no inline styles).
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true)
                .setCaret(ScreenshotCaret.INITIAL));
    }

    protected void assertNoProblems() {
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    /** Waits until the page is at {@code path} under the app ("today"). */
    protected void expectAt(String path) {
        assertThat(page).hasURL(app.url() + path);
    }
}
