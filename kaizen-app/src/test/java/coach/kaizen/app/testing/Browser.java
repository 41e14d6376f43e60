package coach.kaizen.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Reply;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: it keeps its cookies, asks for HTML, and follows no redirect by itself. */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private final boolean manyClients;
    private final Duration patience;

    public Browser(String baseUrl) {
        this(URI.create(baseUrl), HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), false, null);
    }

    private Browser(URI base, HttpClient http, boolean manyClients, Duration patience) {
        this.base = base;
        this.http = http;
        this.manyClients = manyClients;
        this.patience = patience;
    }

    /** A browser whose every request is forwarded from an address of its own, as {@link ApiClient#behindProxy}. */
    public static Browser behindProxy(String baseUrl) {
        return new Browser(URI.create(baseUrl), HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), true,
                null);
    }

    /** The same browser, cookies and all, whose requests give up when no answer comes {@code within}. */
    public Browser within(Duration within) {
        return new Browser(base, http, manyClients, within);
    }

    public Reply get(String path) {
        return send("GET", path, HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET());
    }

    public Reply post(String path, Map<String, String> fields) {
        return send("POST", path, formPost(path, fields));
    }

    /** The form as htmx sends it from a page with JavaScript: the answer is the part of the page to swap in. */
    public Reply postByHtmx(String path, Map<String, String> fields) {
        return send("POST", path, formPost(path, fields).header("HX-Request", "true"));
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    /** The form token a page carries in its csrf field. */
    public static String csrf(Reply page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a csrf field in " + page).isTrue();
        return matcher.group(1);
    }

    private Reply send(String method, String path, HttpRequest.Builder request) {
        HttpRequest built = request.build();
        return ApiClient.exchange(http, method, path,
                ApiClient.patient(manyClients ? ApiClient.fromAnotherClient(built) : built, patience));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
