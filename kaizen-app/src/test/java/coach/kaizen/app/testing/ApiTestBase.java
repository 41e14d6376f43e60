package coach.kaizen.app.testing;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.http.WebServer;
import coach.kaizen.app.testing.ApiClient.Person;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every /api/v1 test class stands on: the real app, on a free port over a fresh SQLite file, spoken
 * to by {@link #api}. Today is 2026-11-21 (09:00 UTC; the people here live in Europe/Paris, where it is 10:00).
 *
 * <p>Steps start on the day they are made, so a step with a past to check in on is made through a
 * second instance of the app over the same database whose clock stands ten days earlier: {@link #earlierStep}.
 *
 * <p>Both apps are started once for the whole run and shared by every class that extends this one; JUnit
 * closes them, and the folder is deleted, when the run ends. Each test makes people of its own ({@link ApiClient#person}), so the
 * classes never see each other's things.
 */
@ExtendWith(ApiTestBase.SharedApps.class)
public abstract class ApiTestBase {

    protected static final String TODAY = "2026-11-21";
    protected static final String TOMORROW = "2026-11-22";
    protected static final String EARLIER_START = "2026-11-11";
    protected static final String WALK = "{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\"}";

    /** The API of the app whose clock stands on {@link #TODAY}; set before any test of the class runs. */
    protected static ApiClient api;
    private static ApiClient apiTenDaysEarlier;
    private static String url;
    private static App app;

    /** A fresh browser on the app of {@link #TODAY}, signed in as nobody. */
    protected static Browser browser() {
        return Browser.behindProxy(url);
    }

    /** A fresh browser on the app of {@link #TODAY}, signed in as {@code who} through the sign-in page. */
    protected static Browser signedIn(Person who) {
        Browser browser = browser();
        ApiClient.Reply login = browser.get("/login");
        ApiClient.Reply signedIn = browser.post("/login", Map.of("csrf", Browser.csrf(login), "username",
                who.username(), "password", ApiClient.PASSWORD));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(303);
        return browser;
    }

    /** Every route the app of {@link #TODAY} declares. */
    protected static List<WebServer.Route> routes() {
        return app.routes();
    }

    /** Where the app of {@link #TODAY} answers ("http://127.0.0.1:PORT/"), for tests that speak raw HTTP. */
    protected static String url() {
        return url;
    }

    /** The API of the app whose clock stands ten days earlier, over the same database. */
    protected static ApiClient apiTenDaysEarlier() {
        return apiTenDaysEarlier;
    }

    /** A step made ten days ago (on 2026-11-11), through the app whose clock stands then. */
    protected static long earlierStep(Person who) {
        long aimId = apiTenDaysEarlier.aim(who, "Move more");
        JsonNode step = ok(apiTenDaysEarlier.post("/api/v1/aims/" + aimId + "/steps", who.token(), WALK), 201);
        assertThat(step.get("startDay").asText()).isEqualTo(EARLIER_START);
        return step.get("id").asLong();
    }

    protected static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    protected static List<Long> ids(JsonNode list, String field) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get(field).asLong()));
        return ids;
    }

    protected static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Starts the two apps for the first class that needs them, in the run's root store, which closes them at the end. */
    static final class SharedApps implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            TwoApps apps = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedApps.class))
                    .computeIfAbsent(TwoApps.class, key -> TwoApps.start(), TwoApps.class);
            api = ApiClient.behindProxy(apps.today().url());
            apiTenDaysEarlier = ApiClient.behindProxy(apps.tenDaysEarlier().url());
            url = apps.today().url();
            app = apps.today();
        }
    }

    /** The app of today and the one ten days earlier, over one SQLite file in a folder of their own. */
    private record TwoApps(Path folder, App today, App tenDaysEarlier) implements AutoCloseable {

        static TwoApps start() {
            Path folder;
            try {
                folder = Files.createTempDirectory("kaizen-api-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            App today = start(folder, "2026-11-21T09:00:00Z");
            try {
                return new TwoApps(folder, today, start(folder, "2026-11-11T09:00:00Z"));
            } catch (RuntimeException e) {
                today.close();
                throw e;
            }
        }

        private static App start(Path folder, String now) {
            // The test clients are many people behind one proxy: each request is forwarded from its own address.
            // The tests' webhooks and push services listen on this machine.
            return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null),
                    Map.of("KAIZEN_TRUSTED_PROXIES", "127.0.0.1", "KAIZEN_LOCAL_REMINDERS", "allow")),
                    Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
        }

        @Override
        public void close() throws IOException {
            try {
                tenDaysEarlier.close();
            } finally {
                today.close();
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
