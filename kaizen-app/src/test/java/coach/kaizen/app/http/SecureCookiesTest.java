package coach.kaizen.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over HTTPS (a public address that is https, or a trusted proxy saying so) the sign-in and form
 * cookies are {@code __Host-} cookies: Secure, Path=/, no Domain, and only that name is read. Over
 * plain http, and when someone not trusted claims https, they keep their bare names.
 */
class SecureCookiesTest extends ApiTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String[] VIA_HTTPS_PROXY = {"X-Forwarded-Proto", "https"};
    private static final String[] DIRECT = {};

    @TempDir
    Path folder;

    @Test
    void behindATrustedProxyOverHttpsTheSignInIsAHostOnlySecureCookie() throws Exception {
        Person sam = api.person("sam");
        String session = signIn(url(), sam.username(), VIA_HTTPS_PROXY);
        assertHostOnly(session, "__Host-kaizen_session=");
        assertHostOnly(send(url(), "GET", "/login", null, null, VIA_HTTPS_PROXY).headers().firstValue("Set-Cookie")
                .orElseThrow(), "__Host-kaizen_form=");
        String id = value(session);

        assertThat(today(url(), "__Host-kaizen_session=" + id, VIA_HTTPS_PROXY)).isEqualTo(200);
        // Over HTTPS the bare name is nobody's: a cookie planted under it signs no one in.
        assertThat(today(url(), "kaizen_session=" + id, VIA_HTTPS_PROXY)).isEqualTo(303);
    }

    @Test
    void overPlainHttpTheCookiesKeepTheirNames() throws Exception {
        Person sam = api.person("sam");
        String session = signIn(url(), sam.username(), DIRECT);
        assertThat(session).startsWith("kaizen_session=").doesNotContainIgnoringCase("secure");
        assertThat(today(url(), "kaizen_session=" + value(session), DIRECT)).isEqualTo(200);
    }

    @Test
    void anHttpsPublicAddressMakesEveryCookieHostOnly() throws Exception {
        try (App app = start("https://coach.example.org/", "")) {
            app.services().accounts().signUp("ana", ApiClient.PASSWORD, Place.in("UTC"), null);
            String session = signIn(app.url(), "ana", DIRECT);
            assertHostOnly(session, "__Host-kaizen_session=");
            assertThat(today(app.url(), "__Host-kaizen_session=" + value(session), DIRECT)).isEqualTo(200);
        }
    }

    @Test
    void httpsClaimedByAClientNotTrustedIsNotBelieved() throws Exception {
        try (App app = start("", "")) {
            app.services().accounts().signUp("ana", ApiClient.PASSWORD, Place.in("UTC"), null);
            String session = signIn(app.url(), "ana", VIA_HTTPS_PROXY);
            assertThat(session).startsWith("kaizen_session=").doesNotContainIgnoringCase("secure");
        }
    }

    private App start(String publicUrl, String trustedProxies) {
        return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null),
                Map.of("KAIZEN_PUBLIC_URL", publicUrl, "KAIZEN_TRUSTED_PROXIES", trustedProxies)),
                new TestClock(Instant.parse("2026-11-21T09:00:00Z")));
    }

    /** Signs in through the pages, form cookie and all; answers the sign-in's Set-Cookie. */
    private static String signIn(String base, String username, String... headers) throws Exception {
        HttpResponse<String> page = send(base, "GET", "/login", null, null, headers);
        String formCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = send(base, "POST", "/login", formCookie.substring(0, formCookie.indexOf(';')),
                "csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password="
                        + encode(ApiClient.PASSWORD), headers);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        return signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    }

    private static int today(String base, String cookie, String... headers) throws Exception {
        return send(base, "GET", "/today", cookie, null, headers).statusCode();
    }

    private static void assertHostOnly(String setCookie, String name) {
        assertThat(setCookie).startsWith(name).containsIgnoringCase("; Secure").contains("; Path=/")
                .doesNotContainIgnoringCase("domain=");
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static HttpResponse<String> send(String base, String method, String path, String cookie, String form,
            String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base).resolve(path)).header("Accept",
                "text/html").method(method, form == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
