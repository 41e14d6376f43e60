package coach.kaizen.app.account;

import static coach.kaizen.app.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guessing passwords through the API: wrong ones wait longer and longer, then lock for a while, the
 * right one forgets them, and an unknown username is answered exactly like a known one. The app
 * trusts the test's own address as a proxy, so each request can say which client it forwards.
 */
class GuessingApiTest {

    static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    static final String PASSWORD = "a long secret";
    static final String WRONG = "not the secret";

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(NOW);
    private App app;
    private ApiClient api;

    @BeforeEach
    void start() {
        app = start(folder, clock, "127.0.0.1");
        api = new ApiClient(app.url());
        app.services().accounts().signUp("ana", PASSWORD, Place.in("UTC"), null);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    static App start(Path folder, TestClock clock, String trustedProxies) {
        return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null),
                Map.of("KAIZEN_TRUSTED_PROXIES", trustedProxies)), clock);
    }

    static Reply token(ApiClient api, String from, String username, String password) {
        return api.postFrom(from, "/api/v1/tokens",
                json(Map.of("username", username, "password", password, "name", "laptop")));
    }

    private Reply token(String from, String username, String password) {
        return token(api, from, username, password);
    }

    @Test
    void wrongPasswordsWaitLongerAndLongerThenLockAndTheRightOneForgetsThem() {
        for (int wrong = 1; wrong <= 5; wrong++) {
            assertThat(token("192.0.2.1", "ana", WRONG).status()).as("wrong try %d", wrong).isEqualTo(401);
        }
        Reply paused = token("192.0.2.1", "ana", PASSWORD);
        assertThat(paused.status()).as("even the right password waits its turn").isEqualTo(429);
        assertThat(paused.header("Retry-After")).contains("1");
        assertThat(paused.contentType()).startsWith("application/problem+json");
        assertThat(paused.json().get("detail").asText()).endsWith("Please try again in 1 second.");
        List<String> waits = new ArrayList<>();
        for (int counted = 5; counted < 10; counted++) {
            Reply waiting = token("192.0.2.1", "ana", WRONG);
            assertThat(waiting.status()).isEqualTo(429);
            waits.add(waiting.header("Retry-After").orElseThrow());
            clock.advance(Duration.ofSeconds(Long.parseLong(waits.get(waits.size() - 1))));
            assertThat(token("192.0.2.1", "ana", WRONG).status()).as("a wrong try after the wait").isEqualTo(401);
        }
        assertThat(waits).containsExactly("1", "2", "4", "8", "16");
        Reply locked = token("192.0.2.1", "ana", PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).contains("900");
        assertThat(locked.json().get("detail").asText()).endsWith("Please try again in 15 minutes.");
        clock.advance(Duration.ofSeconds(899));
        assertThat(token("192.0.2.1", "ana", PASSWORD).header("Retry-After")).contains("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(token("192.0.2.1", "ana", PASSWORD).status()).as("after the lock, the right password").isEqualTo(201);
        for (int wrong = 1; wrong <= 5; wrong++) {
            assertThat(token("192.0.2.1", "ana", WRONG).status()).as("forgotten: wrong try %d again", wrong)
                    .isEqualTo(401);
        }
        assertThat(token("192.0.2.1", "ana", WRONG).status()).isEqualTo(429);
    }

    @Test
    void anUnknownUsernameIsAnsweredExactlyLikeAKnownOne() {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        long knownNanos = 0;
        long unknownNanos = 0;
        for (int tryNumber = 1; tryNumber <= 7; tryNumber++) {
            long before = System.nanoTime();
            known.add(answer(token("192.0.2.2", "Ana ", WRONG)));
            long between = System.nanoTime();
            unknown.add(answer(token("192.0.2.3", "nobody-here", WRONG)));
            if (tryNumber <= 5) {
                knownNanos += between - before;
                unknownNanos += System.nanoTime() - between;
            }
        }
        assertThat(unknown).isEqualTo(known);
        assertThat(known.get(0)).startsWith("401");
        assertThat(known.get(6)).startsWith("429 1");
        assertThat(unknownNanos).as("an unknown name still costs a password check").isGreaterThan(knownNanos / 3);
    }

    private static String answer(Reply reply) {
        return reply.status() + " " + reply.header("Retry-After").orElse("-") + " " + reply.json().get("detail").asText();
    }

    @Test
    void oneAddressIsCountedWhateverTheUsernamesItTriesAndAnotherIsNot() {
        for (int name = 1; name <= 20; name++) {
            assertThat(token("192.0.2.4", "guess-" + name, WRONG).status()).isEqualTo(401);
        }
        Reply paused = token("192.0.2.4", "ana", PASSWORD);
        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.header("Retry-After")).contains("1");
        assertThat(token("192.0.2.5", "ana", PASSWORD).status()).as("another address").isEqualTo(201);
    }

    @Test
    void sixtyFourBitsOfAnIpv6AddressAreOneClient() {
        for (int host = 1; host <= 20; host++) {
            assertThat(token("2001:db8:1:2::" + host, "guess-" + host, WRONG).status()).isEqualTo(401);
        }
        assertThat(token("2001:db8:1:2::ff", "ana", PASSWORD).status()).isEqualTo(429);
        assertThat(token("2001:db8:1:3::1", "ana", PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void signUpsAreCountedPerAddressTakenNamesAndNewAlike() {
        for (int name = 1; name <= 20; name++) {
            String username = name % 2 == 0 ? "ana" : "newcomer-" + name;
            assertThat(api.postFrom("192.0.2.6", "/api/v1/signup", signUp(username)).status()).as(username)
                    .isIn(201, 409);
        }
        Reply paused = api.postFrom("192.0.2.6", "/api/v1/signup", signUp("one-more"));
        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.header("Retry-After")).contains("1");
        assertThat(api.postFrom("192.0.2.7", "/api/v1/signup", signUp("one-more")).status()).isEqualTo(201);
    }

    private static String signUp(String username) {
        return json(Map.of("username", username, "password", PASSWORD, "timeZone", "UTC"));
    }

    @Test
    void aChangeConfirmedWithAWrongPasswordCountsAgainstTheAccount() {
        String token = token("192.0.2.8", "ana", PASSWORD).json().get("token").asText();
        String wrong = json(Map.of("current", WRONG, "password", "a brand new secret"));
        for (int tryNumber = 1; tryNumber <= 5; tryNumber++) {
            assertThat(api.put("/api/v1/me/password", token, wrong).status()).isEqualTo(401);
        }
        Reply paused = api.put("/api/v1/me/password", token, json(Map.of("current", PASSWORD, "password",
                "a brand new secret")));
        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.header("Retry-After")).contains("1");
        assertThat(api.send("DELETE", "/api/v1/me", token, json(Map.of("password", PASSWORD))).status())
                .as("deleting waits too").isEqualTo(429);
        assertThat(token("192.0.2.9", "ana", PASSWORD).status()).as("and signing in").isEqualTo(429);
    }

    @Test
    void twoInstancesOverOneDatabaseShareTheCount() {
        try (App second = start(folder, clock, "127.0.0.1")) {
            sharedCount(api, new ApiClient(second.url()));
        }
    }

    /** Wrong tries made on either instance add up: after five, both make the sixth wait, and forget together. */
    static void sharedCount(ApiClient first, ApiClient second) {
        for (int tryNumber = 1; tryNumber <= 5; tryNumber++) {
            ApiClient either = tryNumber % 2 == 0 ? second : first;
            assertThat(token(either, "192.0.2.10", "ana", WRONG).status()).isEqualTo(401);
        }
        assertThat(token(first, "192.0.2.10", "ana", PASSWORD).status()).isEqualTo(429);
        assertThat(token(second, "192.0.2.11", "ana", PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void anUntrustedPeerCannotChooseTheAddressItIsCountedAs() {
        app.close();
        app = start(folder, clock, "10.0.0.0/8");
        api = new ApiClient(app.url());
        for (int name = 1; name <= 20; name++) {
            assertThat(token("192.0.2." + (100 + name), "guess-" + name, WRONG).status()).isEqualTo(401);
        }
        assertThat(token("192.0.2.99", "ana", PASSWORD).status()).as("every try was 127.0.0.1's").isEqualTo(429);
    }
}
