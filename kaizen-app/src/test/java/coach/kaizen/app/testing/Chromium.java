package coach.kaizen.app.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, with nothing downloaded: one per test class, since
 * Playwright's driver takes a couple of seconds to unpack. Browser journeys need
 * {@code apt-get install -y chromium}; without it they fail and say so.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

    /** The screens a journey runs on: a phone (an iPhone 12 to 15's CSS viewport, touch) and a laptop. */
    public enum Screen {
        PHONE(390, 844, true), DESKTOP(1280, 800, false);

        public final int width;
        public final int height;
        final boolean touch;

        Screen(int width, int height, boolean touch) {
            this.width = width;
            this.height = height;
            this.touch = touch;
        }
    }

    /** The zone the browser reports, so the sign-up page's script has something to fill in. */
    public static final String BROWSER_ZONE = "Europe/Paris";

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("the browser journeys need Debian's Chromium at " + EXECUTABLE
                    + "; install it with: apt-get install -y chromium");
        }
        Map<String, String> env = browserEnvironment();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(ARGS)
                    .setEnv(env));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh phone-sized context (no cookies), with or without JavaScript, speaking British English. */
    public BrowserContext phone(boolean javaScript) {
        return phone(javaScript, "en-GB");
    }

    /** A fresh phone-sized context whose browser speaks {@code locale} ("fr-FR"). */
    public BrowserContext phone(boolean javaScript, String locale) {
        return context(Screen.PHONE, ColorScheme.LIGHT, javaScript, locale);
    }

    /** A fresh context (no cookies) on {@code screen}, whose device prefers {@code scheme} (light or dark). */
    public BrowserContext context(Screen screen, ColorScheme scheme, boolean javaScript, String locale) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(screen.width, screen.height)
                .setDeviceScaleFactor(1)
                .setIsMobile(screen.touch)
                .setHasTouch(screen.touch)
                .setColorScheme(scheme)
                .setLocale(locale)
                .setTimezoneId(BROWSER_ZONE)
                .setJavaScriptEnabled(javaScript));
    }

    /**
     * A phone-sized context with a profile of its own in {@code profile} (a browser of its own, not an
     * incognito context): what Chromium asks of a site before it offers to install it.
     */
    public BrowserContext phoneWithProfile(Path profile) {
        return playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(ARGS)
                .setEnv(browserEnvironment())
                .setViewportSize(Screen.PHONE.width, Screen.PHONE.height)
                .setDeviceScaleFactor(1)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("en-GB")
                .setTimezoneId(BROWSER_ZONE));
    }

    /**
     * Notes on {@code problems} anything a journey should not meet: a console error, a page error, an
     * HTTP error answer, or a request to another host than {@code appUrl}. Chromium asks for
     * /favicon.ico on its own (no page links one) and gets a 404: noise, not noted.
     */
    public static void watch(Page page, String appUrl, List<String> problems) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
                problems.add("console: " + message.text() + " at " + message.location() + " on " + page.url());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add("HTTP " + response.status() + " for " + response.url());
            }
        });
        page.onRequest(request -> {
            if (!request.url().startsWith(appUrl)) {
                problems.add("request to another host: " + request.url());
            }
        });
    }

    /**
     * Taps a 0–10 chip where a thumb would, on the chip (its label; the radio inside is transparent
     * and spread over it, so the tap lands on the radio, as it does on a phone).
     */
    public static void tapChip(Locator within, String scale, int value) {
        Locator chip = within.locator("label.chip").filter(new Locator.FilterOptions()
                .setHas(within.page().locator("input[name=" + scale + "][value='" + value + "']")));
        chip.click();
        PlaywrightAssertions.assertThat(chip.locator("input")).isChecked();
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /** This process's environment, with no browser download and Chromium's own folders kept under target/. */
    private static Map<String, String> browserEnvironment() {
        Path home = Paths.get("target", "chromium").toAbsolutePath();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        env.put("XDG_CONFIG_HOME", made(home.resolve("config")));
        env.put("XDG_CACHE_HOME", made(home.resolve("cache")));
        return env;
    }

    private static String made(Path folder) {
        try {
            return Files.createDirectories(folder).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
