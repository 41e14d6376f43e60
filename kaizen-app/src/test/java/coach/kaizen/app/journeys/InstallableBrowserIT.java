package coach.kaizen.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.BrowserJourney;
import com.google.gson.JsonObject;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.CDPSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app can be installed: Chromium finds the manifest, its icons and our own service worker,
 * which takes charge of the pages, and says nothing stands in the way of installing it.
 */
class InstallableBrowserIT extends BrowserJourney {

    @Override
    protected Instant start() {
        return Instant.parse("2026-11-21T09:00:00Z");
    }

    @Test
    void theManifestAndTheServiceWorkerAreFoundAndTheAppCanBeInstalled() {
        ApiClient api = new ApiClient(app.url());
        ApiClient.Person ivy = api.person("ivy");
        openWithProfile();
        logIn(ivy.username());

        assertThat(page.evaluate("navigator.serviceWorker.ready.then((registration) => new Promise((done) => {"
                + " const worker = registration.active;"
                + " if (worker.state === 'activated') { done(registration.scope + ' ' + worker.state); return; }"
                + " worker.addEventListener('statechange', () => done(registration.scope + ' ' + worker.state)); }))"))
                .isEqualTo(app.url() + " activated");
        page.reload();
        assertThat(page.evaluate("navigator.serviceWorker.controller.scriptURL")).isEqualTo(app.url() + "sw.js");
        assertThat(page.locator("link[rel=manifest]").getAttribute("href")).isEqualTo("/manifest.webmanifest");

        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) page.evaluate(
                "fetch('/manifest.webmanifest').then((answer) => answer.json())");
        assertThat(manifest).containsEntry("name", "Kaizen Coach").containsEntry("short_name", "Kaizen")
                .containsEntry("start_url", "/today").containsEntry("scope", "/")
                .containsEntry("display", "standalone").containsEntry("lang", "en")
                .containsEntry("theme_color", "#e7efe9").containsEntry("background_color", "#fbfaf6");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> icons = (List<Map<String, Object>>) manifest.get("icons");
        assertThat(icons).extracting(icon -> icon.get("sizes") + " " + icon.get("purpose"))
                .contains("192x192 any", "512x512 any", "512x512 maskable");
        for (Map<String, Object> icon : icons) {
            APIResponse image = page.request().get(app.url() + icon.get("src").toString().substring(1));
            assertThat(image.status()).as(icon.toString()).isEqualTo(200);
            assertThat(image.headers().get("content-type")).as(icon.toString()).startsWith(icon.get("type").toString());
        }
        APIResponse appleIcon = page.request().get(app.url() + "assets/icons/apple-touch-icon.png");
        assertThat(appleIcon.status()).isEqualTo(200);

        APIResponse worker = page.request().get(app.url() + "sw.js");
        assertThat(worker.headers().get("content-type")).startsWith("text/javascript");
        assertThat(worker.headers().get("cache-control")).isEqualTo("no-cache");
        assertThat(worker.headers().get("content-security-policy")).contains("worker-src 'self'", "manifest-src 'self'",
                "default-src 'self'");
        // The kept files are named after the build, so the next release replaces them.
        assertThat(page.evaluate("caches.keys().then((names) => names.join(' '))").toString())
                .matches(".*kaizen-assets-[0-9a-f]{16}.*");

        CDPSession cdp = context.newCDPSession(page);
        JsonObject installability = cdp.send("Page.getInstallabilityErrors");
        assertThat(installability.getAsJsonArray("installabilityErrors")).as(installability.toString()).isEmpty();
        assertNoProblems();
    }

    @Test
    void theManifestSpeaksTheBrowsersLanguage() {
        open(true, "es-ES");
        page.navigate(app.url() + "help");
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) page.evaluate(
                "fetch('/manifest.webmanifest').then((answer) => answer.json())");
        assertThat(manifest).containsEntry("lang", "es")
                .containsEntry("description", "Un acompañamiento tranquilo para pasos pequeños, un día a la vez.");
        assertNoProblems();
    }
}
