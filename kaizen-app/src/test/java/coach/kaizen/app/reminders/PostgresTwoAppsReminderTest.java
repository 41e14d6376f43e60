package coach.kaizen.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.app.testing.WebhookReceiver;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.StepDraft;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the app over one PostgreSQL database, their schedulers ticking every second over
 * the same reminders: each reminder reaches the webhook once.
 */
@RequiresPostgres
class PostgresTwoAppsReminderTest {

    /** Monday 1 June 2026, 07:59 in Paris. */
    private static final Instant BEFORE_EIGHT = Instant.parse("2026-06-01T05:59:00Z");

    @Test
    void eachReminderIsDeliveredOnceWhicheverInstanceClaimsIt() throws InterruptedException {
        TestClock clock = new TestClock(BEFORE_EIGHT);
        try (TestDatabase test = TestDatabases.postgres(); WebhookReceiver webhook = WebhookReceiver.start();
                App first = start(test, clock); App second = start(test, clock)) {
            Services services = first.services();
            Person ana = services.accounts().signUp("ana", "a long password", Place.in("Europe/Paris"), null);
            Aim aim = services.aims().create(ana, new AimDraft("Move more", AimKind.BUILD));
            for (String action : List.of("Walk", "Read", "Stretch")) {
                services.steps().create(ana, aim.id(), new StepDraft(action, new Sizing(5, "minutes", 1, 1, null), null,
                        Schedule.DAILY), List.of(LocalTime.of(8, 0), LocalTime.of(12, 0)));
            }
            services.reminders().setWebhook(ana, webhook.url().toString());
            second.services().reminders().change(ana, null, LocalTime.of(8, 0));

            Thread.sleep(2500);
            assertThat(webhook.received()).as("07:59: nothing has rung").isEmpty();
            clock.advance(Duration.ofMinutes(1));
            awaitAndHold(webhook, 4);
            clock.advance(Duration.ofHours(4));
            awaitAndHold(webhook, 7);
            assertThat(webhook.received().stream().map(json -> json.get("title").asText()).toList())
                    .containsOnly("A small step is waiting", "Your daily session");
        }
    }

    /** Waits for {@code count} deliveries, then a few more ticks of both instances, and checks there are no more. */
    private static void awaitAndHold(WebhookReceiver webhook, int count) throws InterruptedException {
        for (int waited = 0; webhook.received().size() < count && waited < 200; waited++) {
            Thread.sleep(50);
        }
        Thread.sleep(3000);
        assertThat(webhook.received()).hasSize(count);
    }

    private static App start(TestDatabase test, TestClock clock) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("KAIZEN_REMINDER_TICK_SECONDS", "1");
        env.put("KAIZEN_LOCAL_REMINDERS", "allow"); // the test's webhook listens on this machine
        return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", null, test.url()), env), clock);
    }
}
