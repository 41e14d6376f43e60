package coach.kaizen.app.reminders;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.PushEndpoint;
import coach.kaizen.app.testing.PushEndpoint.Browser;
import coach.kaizen.app.testing.PushEndpoint.Push;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.WebhookReceiver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders pushed to a browser, end to end: the subscription made through the API, the app's own
 * scheduler ticking on its clock, and a push service on this machine that checks the VAPID signature
 * and decrypts each push as the browser would (PushEndpoint, from the RFCs).
 */
class PushReminderTest {

    /** Monday 1 June 2026, 10:00 in Paris. */
    private static final Instant MONDAY_TEN = Instant.parse("2026-06-01T08:00:00Z");
    private static final String CONTACT = "mailto:care@coach.example";

    @TempDir
    Path folder;

    private TestClock clock;
    private TestDatabase database;
    private App app;
    private ApiClient api;
    private PushEndpoint pushService;

    /** The app's database, or null for a SQLite file in the test's folder. */
    protected TestDatabase openDatabase() {
        return null;
    }

    @BeforeEach
    void start() {
        clock = new TestClock(MONDAY_TEN);
        database = openDatabase();
        AppConfig.Flags flags = database == null ? new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null)
                : new AppConfig.Flags("127.0.0.1", "0", null, database.url());
        app = App.start(AppConfig.resolve(flags,
                Map.of("KAIZEN_REMINDER_TICK_SECONDS", "1", "KAIZEN_PUBLIC_URL", "https://coach.example/",
                        "KAIZEN_PUSH_CONTACT", CONTACT, "KAIZEN_LOCAL_REMINDERS", "allow")), clock);
        api = new ApiClient(app.url());
        pushService = PushEndpoint.start();
    }

    @AfterEach
    void stop() {
        pushService.close();
        app.close();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aDueReminderReachesEachBrowserSignedEncryptedAndKindAndTheWebhookToo() throws InterruptedException {
        Person ana = api.person("ana");
        long stepId = api.step(ana, api.aim(ana, "Move more"),
                "{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"reminders\":[\"10:30\"]}");
        ok(api.patch("/api/v1/me/reminders", ana.token(), "{\"sessionReminder\":\"10:45\"}"), 200);
        Browser phone = pushService.browser();
        Browser laptop = pushService.browser();
        ok(api.post("/api/v1/push-subscriptions", ana.token(), phone.subscriptionJson()), 201);
        ok(api.post("/api/v1/push-subscriptions", ana.token(), laptop.subscriptionJson()), 201);
        String key = ok(api.get("/api/v1/push-subscriptions/key", null), 200).get("publicKey").asText();

        try (WebhookReceiver webhook = WebhookReceiver.start()) {
            ok(api.put("/api/v1/me/webhook", ana.token(), "{\"url\":\"" + webhook.url() + "\"}"), 200);
            Thread.sleep(2500);
            assertThat(pushService.tries()).as("10:00: nothing has rung").isZero();

            clock.advance(Duration.ofMinutes(31));
            List<Push> pushes = await(2);
            assertThat(pushes).extracting(Push::path).containsExactlyInAnyOrder(path(phone), path(laptop));
            for (Push push : pushes) {
                assertThat(push.vapidKey()).as("signed with the key browsers subscribe with").isEqualTo(key);
                assertThat(push.claims().get("aud").asText()).isEqualTo(pushService.origin());
                assertThat(push.claims().get("sub").asText()).isEqualTo(CONTACT);
                long exp = push.claims().get("exp").asLong();
                assertThat(exp).isGreaterThan(clock.instant().getEpochSecond())
                        .isLessThanOrEqualTo(clock.instant().plus(Duration.ofHours(24)).getEpochSecond());
                assertThat(push.headers()).containsEntry("Content-Encoding", "aes128gcm")
                        .containsEntry("Urgency", "normal").containsEntry("Topic", "step-" + stepId)
                        .containsEntry("TTL", String.valueOf(Duration.ofHours(4).toSeconds()));
                assertThat(push.message().get("title").asText()).isEqualTo("A small step is waiting");
                assertThat(push.message().get("body").asText())
                        .isEqualTo("Walk: whenever it suits you today. A tiny version counts.");
                assertThat(push.message().get("url").asText()).isEqualTo("https://coach.example/today#step-" + stepId);
            }
            assertThat(webhook.received()).as("the webhook as well").singleElement()
                    .satisfies(json -> assertThat(json.get("title").asText()).isEqualTo("A small step is waiting"));

            clock.advance(Duration.ofMinutes(15));
            List<Push> session = await(4).subList(2, 4);
            assertThat(session).allSatisfy(push -> {
                assertThat(push.message().get("title").asText()).isEqualTo("Your daily session");
                assertThat(push.message().get("url").asText()).isEqualTo("https://coach.example/session");
            });
        }
        assertThat(pushService.problems()).isEmpty();
    }

    @Test
    void aSpanishReminderIsInSpanish() throws InterruptedException {
        Person eva = api.person("eva");
        ok(api.patch("/api/v1/me", eva.token(), "{\"language\":\"es\"}"), 200);
        ok(api.patch("/api/v1/me/reminders", eva.token(), "{\"sessionReminder\":\"10:15\"}"), 200);
        ok(api.post("/api/v1/push-subscriptions", eva.token(), pushService.browser().subscriptionJson()), 201);
        clock.advance(Duration.ofMinutes(16));
        assertThat(await(1).get(0).message().get("title").asText()).isEqualTo(
                coach.kaizen.app.i18n.Catalog.shipped().texts("es").t("reminders.session.title"));
        assertThat(pushService.problems()).isEmpty();
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsForgottenAndAnyOtherAnswerKeepsIt() {
        Person ben = api.person("ben");
        coach.kaizen.core.person.Person person = app.services().accounts().find(ben.username()).orElseThrow();
        PushService push = app.services().push();
        PushChannel channel = new PushChannel(push, app.services().clock(), CONTACT, Duration.ofSeconds(5));
        DueReminder reminder = new DueReminder("session", LocalDate.of(2026, 6, 1), LocalTime.of(10, 0),
                "Your daily session", "A few quiet minutes.", URI.create("https://coach.example/session"), null);
        Browser phone = pushService.browser();
        ok(api.post("/api/v1/push-subscriptions", ben.token(), phone.subscriptionJson()), 201);

        for (int status : new int[] {500, 429, 413, 400}) {
            pushService.answer(status);
            channel.send(person, reminder);
            assertThat(push.subscriptions(person)).as("after %d", status).hasSize(1);
        }
        for (int status : new int[] {404, 410}) {
            pushService.answer(status);
            int before = pushService.tries();
            channel.send(person, reminder);
            assertThat(pushService.tries()).isEqualTo(before + 1);
            assertThat(push.subscriptions(person)).as("after %d", status).isEmpty();
            ok(api.post("/api/v1/push-subscriptions", ben.token(), phone.subscriptionJson()), 201);
        }
        pushService.answer(201);
        PushEndpoint away = PushEndpoint.start();
        Browser laptop = away.browser();
        ok(api.post("/api/v1/push-subscriptions", ben.token(), laptop.subscriptionJson()), 201);
        away.close();
        channel.send(person, reminder);
        assertThat(push.subscriptions(person)).as("a push service away a moment").hasSize(2);
    }

    private List<Push> await(int count) throws InterruptedException {
        for (int waited = 0; pushService.received().size() + pushService.problems().size() < count && waited < 200;
                waited++) {
            Thread.sleep(50);
        }
        Thread.sleep(1500);
        assertThat(pushService.problems()).isEmpty();
        assertThat(pushService.received()).hasSize(count);
        return pushService.received();
    }

    private static String path(Browser browser) {
        return URI.create(browser.endpoint()).getPath();
    }
}
