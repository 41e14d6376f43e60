package coach.kaizen.app.http;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.service.Secrets;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes the app installable and lets it open without a network: the web app manifest and our
 * own service worker, served from the root so it may look after every page. The worker is filled in
 * here with the files it keeps and a build id, a digest of those files: a release that changes any
 * of them changes the worker, which then replaces the kept files.
 */
public final class Installable {

    /** The files a page needs, kept on the device and read from there first. */
    static final List<String> ASSETS = List.of("/assets/kaizen.css", "/assets/kaizen.js", "/assets/offline.js",
            "/assets/checkin-queue.js", "/assets/sw-push.js", "/assets/push.js",
            "/webjars/htmx.org/2.0.10/dist/htmx.min.js", "/assets/icons/kaizen.svg",
            "/assets/icons/icon-192.png", "/assets/icons/icon-512.png", "/assets/icons/maskable-512.png",
            "/assets/icons/apple-touch-icon.png");

    /** The pages that open offline, from the last copy the network gave; they are one person's and kept apart. */
    static final List<String> PAGES = List.of("/today", "/help", "/safety-plan");

    /** The palette's paper and the bar's soft green (kaizen.css), for the splash screen and the title bar. */
    private static final String BACKGROUND = "#fbfaf6";
    private static final String THEME = "#e7efe9";
    private static final String WORKER = "/coach/kaizen/app/http/service-worker.js";

    private final ObjectMapper json;
    private final String worker;

    public Installable() {
        this.json = Json.mapper();
        String template = new String(read(WORKER), StandardCharsets.UTF_8);
        this.worker = template.replace("__BUILD__", build(template))
                .replace("__ASSETS__", write(ASSETS))
                .replace("__PAGES__", write(PAGES));
    }

    /** GET /manifest.webmanifest, in the language of the browser asking. */
    public void manifest(Context ctx) {
        Texts texts = Speech.of(ctx);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", "/");
        manifest.put("name", texts.t("layout.brand"));
        manifest.put("short_name", texts.t("install.shortName"));
        manifest.put("description", texts.t("install.description"));
        manifest.put("lang", texts.language());
        manifest.put("start_url", "/today");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("background_color", BACKGROUND);
        manifest.put("theme_color", THEME);
        manifest.put("icons", List.of(
                icon("/assets/icons/kaizen.svg", "any", "image/svg+xml", "any"),
                icon("/assets/icons/icon-192.png", "192x192", "image/png", "any"),
                icon("/assets/icons/icon-512.png", "512x512", "image/png", "any"),
                icon("/assets/icons/maskable-512.png", "512x512", "image/png", "maskable")));
        ctx.contentType("application/manifest+json; charset=utf-8").result(write(manifest));
    }

    /** GET /sw.js: always asked of the network again (no-cache), so a new release is found at once. */
    public void serviceWorker(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/javascript; charset=utf-8").result(worker);
    }

    private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", type, "purpose", purpose);
    }

    /** A digest of the worker and every file it keeps: the same files, the same build. */
    private static String build(String template) {
        StringBuilder all = new StringBuilder(template);
        for (String asset : ASSETS) {
            all.append(Secrets.hash(new String(read(classpath(asset)), StandardCharsets.ISO_8859_1)));
        }
        return Secrets.hash(all.toString()).substring(0, 16);
    }

    private static String classpath(String asset) {
        return asset.startsWith("/webjars/") ? "/META-INF/resources" + asset : asset;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Installable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists and maps of text can be written as JSON", e);
        }
    }
}
