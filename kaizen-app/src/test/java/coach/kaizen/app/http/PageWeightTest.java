package coach.kaizen.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.cli.DemoAccount;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.core.person.Person;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Today page carries no framework weight: with everything it loads, under 100 KB on the wire. */
class PageWeightTest {

    private static final int BUDGET_BYTES = 100 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");

    @TempDir
    Path folder;

    @Test
    void theDemoTodayPageWithItsAssetsStaysUnder100Kilobytes() throws Exception {
        AppConfig config = AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null), Map.of());
        try (App app = App.start(config, Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC))) {
            DemoAccount.Credentials demo = new DemoAccount(app.services()).create("UTC");
            Person person = app.services().accounts().signIn(demo.username(), demo.password(), null);
            String cookie = Auth.SIGN_IN_COOKIE + "=" + app.services().signIns().start(person).id();
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<byte[]> today = get(http, app.url() + "today", cookie);
            assertThat(today.statusCode()).isEqualTo(200);
            String html = http.send(request(app.url() + "today", cookie, "identity"),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(html).contains("Walk after lunch", "Read a few pages");

            List<String> assets = new ArrayList<>();
            Matcher matcher = ASSET.matcher(html);
            while (matcher.find()) {
                if (matcher.group(1).startsWith("/assets/") || matcher.group(1).startsWith("/webjars/")) {
                    assets.add(matcher.group(1));
                }
            }
            assertThat(assets).contains("/assets/kaizen.css", "/assets/kaizen.js");

            long total = today.body().length;
            for (String asset : assets) {
                HttpResponse<byte[]> response = get(http, app.url() + asset.substring(1), cookie);
                assertThat(response.statusCode()).as(asset).isEqualTo(200);
                total += response.body().length;
            }
            assertThat(total).isLessThan(BUDGET_BYTES);
        }
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url, String cookie) throws Exception {
        return http.send(request(url, cookie, "gzip"), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(String url, String cookie, String encoding) {
        return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).header("Accept-Encoding", encoding)
                .header("Accept", "text/html").build();
    }
}
