package coach.kaizen.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real app on a free port, with a fresh SQLite file, spoken to over HTTP. */
class WebServerTest {

    @TempDir
    static Path folder;

    private static App app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null), Map.of()),
                Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void healthSaysTheDatabaseIsReachable() throws Exception {
        HttpResponse<String> response = get("/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"sqlite\"}");
    }

    @Test
    void everyPageOffersHelpInOneTapAndLoadsNothingFromElsewhere() throws Exception {
        for (String path : new String[] {"/", "/help", "/no-such-page"}) {
            HttpResponse<String> page = get(path, "text/html");
            assertThat(page.body()).as(path).contains("<a class=\"help-now\" href=\"/help\">Need help now?</a>");
            assertThat(page.body()).as(path).doesNotContain("http://", "https://", "//cdn");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
        }
    }

    @Test
    void theHelpPageNamesTheEmergencyNumberFirst() throws Exception {
        HttpResponse<String> help = get("/help", "text/html");
        assertThat(help.statusCode()).isEqualTo(200);
        assertThat(help.body().replaceAll("\\s+", " ")).contains("call your local emergency number now");
    }

    @Test
    void aLineToCallOrTextOffersEachByItsOwnButton() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url()).resolve("/help")).header("Accept", "text/html")
                .header("Accept-Language", "en-GB").build();
        String page = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body().replaceAll("\\s+", " ");
        assertThat(page).contains("<span class=\"how\">Call 0300 123 6600 or text 82111</span>",
                "<a class=\"tap\" href=\"tel:03001236600\">Call now</a>",
                "<a class=\"tap quiet\" href=\"sms:82111\">Send a text to 82111</a>",
                // A line with one way in is its own button.
                "<a class=\"tap\" href=\"tel:116123\">Call 116 123</a>");
    }

    @Test
    void anUnknownApiPathIsAProblemNotAStackTrace() throws Exception {
        HttpResponse<String> response = get("/api/v1/nothing-here", "*/*");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"There is nothing at /api/v1/nothing-here.\",\"instance\":\"/api/v1/nothing-here\"}");
    }

    @Test
    void anUnknownPageIsAReadablePage() throws Exception {
        HttpResponse<String> response = get("/no-such-page", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<h1>Not found</h1>", "There is nothing at /no-such-page.");
    }

    @Test
    void openingAnAddressThatOnlyTakesAFormSaysSoInWords() throws Exception {
        // Where a reload after a form sent back leaves the address bar.
        HttpResponse<String> response = get("/logout", "text/html");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("it only takes a form sent from a page").doesNotContain("takes POST");
    }

    @Test
    void theWelcomeSignUpAndLogInPagesSpeakTheBrowsersLanguage() throws Exception {
        assertThat(inSpanish("/", "text/html").body()).contains(
                "<h1>Lo bastante pequeño para empezar. Lo bastante constante para durar.</h1>",
                "<a class=\"button\" href=\"/signup\">Crear una cuenta</a>",
                "<li><strong>Los días difíciles cuentan.</strong> En un mal día, la versión más pequeña de tu paso es"
                        + " suficiente, y cuenta por completo.</li>");
        assertThat(inSpanish("/signup", "text/html").body()).contains("<label for=\"password\">Contraseña</label>",
                "<button type=\"submit\">Crear mi cuenta</button>",
                "<p>¿Ya tienes una? <a href=\"/login\">Inicia sesión</a>.</p>");
        assertThat(inSpanish("/login", "text/html").body()).contains("<h1>Qué bien verte de nuevo</h1>");
        // Javalin's own refusal of a body too large, in the same words.
        HttpRequest huge = HttpRequest.newBuilder(URI.create(app.url()).resolve("/api/v1/signup"))
                .header("Accept-Language", "es").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + "x".repeat(11_000_000) + "\"}")).build();
        HttpResponse<String> tooLarge = HTTP.send(huge, HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"detail\":\"Es más de lo que podemos recibir de una vez: 10 MB como máximo.\"");
    }

    private static HttpResponse<String> inSpanish(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url()).resolve(path)).header("Accept", accept)
                .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.8").build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStylesheetIsServedLocally() throws Exception {
        HttpResponse<String> css = get("/assets/kaizen.css", "text/css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".help-now");
    }

    @Test
    void theAppsFilesComeWithTheirTypeAndCachingAndAnUnchangedOneIsNotSentAgain() throws Exception {
        HttpResponse<String> css = get("/assets/kaizen.css", "text/css");
        assertThat(css.headers().firstValue("Content-Type")).contains("text/css");
        assertThat(css.headers().firstValue("Cache-Control")).contains("max-age=0");
        String etag = css.headers().firstValue("ETag").orElseThrow();
        HttpRequest again = HttpRequest.newBuilder(URI.create(app.url()).resolve("/assets/kaizen.css"))
                .header("If-None-Match", etag).build();
        assertThat(HTTP.send(again, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(304);

        HttpResponse<String> htmx = get("/webjars/htmx.org/2.0.10/dist/htmx.min.js", "*/*");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.headers().firstValue("Content-Type")).contains("text/javascript");
        assertThat(htmx.headers().firstValue("Cache-Control")).contains("max-age=31622400");
        assertThat(get("/assets/icons/icon-192.png", "image/*").headers().firstValue("Content-Type"))
                .contains("image/png");
    }

    @Test
    void noFileOutsideTheAppsFoldersIsServed() throws Exception {
        for (String path : new String[] {"/assets/nothing.css", "/assets/", "/assets/icons", "/webjars/htmx.org",
                "/assets/..%2flogback.xml", "/assets/%2e%2e%2fcoach/kaizen/app/Main.class",
                "/webjars/..%2f..%2f..%2flogback.xml"}) {
            HttpResponse<String> response = get(path, "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<h1>Not found</h1>");
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url()).resolve(path)).header("Accept", accept).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
