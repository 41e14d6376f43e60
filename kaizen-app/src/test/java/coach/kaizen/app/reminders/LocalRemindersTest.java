package coach.kaizen.app.reminders;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.db.ReminderStore.Preferences;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.PushEndpoint;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.WebhookReceiver;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server as it starts by default: a webhook or push endpoint on its own machine or network is refused,
 * so that no one with an account can make it reach what only it can reach.
 */
class LocalRemindersTest {

    @TempDir
    Path folder;

    private App app;
    private ApiClient api;

    @BeforeEach
    void start() {
        app = App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null), Map.of()),
                new TestClock(Instant.parse("2026-11-21T09:00:00Z")));
        api = new ApiClient(app.url());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aWebhookOnTheServersOwnNetworkIsRefusedAndNothingIsKept() {
        Person cy = api.person("cy");
        for (String inside : List.of("http://169.254.169.254/latest/meta-data", "http://127.0.0.1:9/hook",
                "http://localhost/hook", "http://[::1]/hook", "https://10.1.2.3/topic", "http://192.168.0.7/topic")) {
            problem(api.put("/api/v1/me/webhook", cy.token(), "{\"url\":\"" + inside + "\"}"), 400, "own network");
        }
        assertThat(ok(api.get("/api/v1/me/reminders", cy.token()), 200).get("webhook").isNull()).isTrue();
    }

    @Test
    void aPushEndpointOnTheServersOwnNetworkIsRefused() {
        Person di = api.person("di");
        try (PushEndpoint push = PushEndpoint.start()) {
            problem(api.post("/api/v1/push-subscriptions", di.token(), push.browser().subscriptionJson()), 400,
                    "own network");
        }
        assertThat(ok(api.get("/api/v1/push-subscriptions", di.token()), 200)).isEmpty();
    }

    @Test
    void aLocalWebhookKeptBeforeTheServerRefusedThemIsNotPostedTo() {
        Person ed = api.person("ed");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            // As a server that allowed local reminders kept it, before this one started.
            app.services().database().transaction(stores -> {
                stores.reminders().save(ed.id(), new Preferences(null, null, receiver.url(), null));
                return null;
            });
            problem(api.post("/api/v1/me/webhook/test", ed.token(), ""), 422, "127.0.0.1");
            assertThat(receiver.tries()).isZero();
        }
    }
}
