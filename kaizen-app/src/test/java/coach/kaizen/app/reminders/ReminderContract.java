package coach.kaizen.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.http.SignInService;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.WebhookReceiver;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sending reminders over a real database to a real webhook on this machine: which are due, that
 * each is claimed and sent once (by one sender or several racing), and that a late one is one, not a burst.
 */
abstract class ReminderContract {

    /** Monday 1 June 2026, 07:00 in Paris. */
    private static final Instant MONDAY_SEVEN = Instant.parse("2026-06-01T05:00:00Z");
    private static final URI SITE = URI.create("https://coach.example/");

    private TestDatabase test;
    private TestClock clock;
    private Services services;
    private WebhookReceiver webhook;
    private Person ana;
    private Aim aim;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void setUp() {
        test = openDatabase();
        clock = new TestClock(MONDAY_SEVEN);
        services = Services.over(test.database(), clock, SignInService.IDLE_TIMEOUT, Destinations.ANYWHERE);
        webhook = WebhookReceiver.start();
        ana = services.accounts().signUp("ana", "a long password", Place.in("Europe/Paris"), null);
        aim = services.aims().create(ana, new AimDraft("Move more", AimKind.BUILD));
        services.reminders().setWebhook(ana, webhook.url().toString());
        services.reminders().change(ana, new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)), null);
    }

    @AfterEach
    void tearDown() {
        webhook.close();
        test.close();
    }

    private ReminderDeliveryService sender() {
        return new ReminderDeliveryService(test.database(), services.clock(),
                List.of(new WebhookChannel(Duration.ofSeconds(2), Destinations.ANYWHERE)), SITE);
    }

    private Step step(String action, String schedule, String... times) {
        StepDraft draft = new StepDraft(action, new Sizing(5, "minutes", 1, 1, null), null, Schedule.parse(schedule));
        return services.steps().create(ana, aim.id(), draft,
                java.util.Arrays.stream(times).map(LocalTime::parse).toList()).step();
    }

    private void at(String parisTime) {
        Instant now = MONDAY_SEVEN.plus(Duration.between(LocalTime.of(7, 0), LocalTime.parse(parisTime)));
        clock.advance(Duration.between(clock.instant(), now));
    }

    private List<String> bodies() {
        return webhook.received().stream().map(json -> json.get("body").asText()).toList();
    }

    @Test
    void eachDueReminderIsSentOnceAndOnlyOnItsScheduledDays() {
        Step walk = step("Walk", "daily", "08:00", "12:00");
        step("Swim", "wed", "08:00");
        ReminderDeliveryService sender = sender();

        assertThat(sender.sendDue()).as("07:00, nothing has rung").isZero();
        at("08:00");
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).as("claimed already").isZero();
        at("08:30");
        assertThat(sender.sendDue()).isZero();

        JsonNode sent = webhook.received().get(0);
        assertThat(sent.get("title").asText()).isEqualTo("A small step is waiting");
        assertThat(sent.get("body").asText()).startsWith("Walk:");
        assertThat(sent.get("url").asText()).isEqualTo("https://coach.example/today#step-" + walk.id());
        assertThat(webhook.received()).as("Swim is for Wednesdays").hasSize(1);
    }

    @Test
    void aStepAlreadyCheckedInTodayIsLeftInPeace() {
        Step walk = step("Walk", "daily", "08:00", "12:00");
        ReminderDeliveryService sender = sender();
        at("08:00");
        assertThat(sender.sendDue()).isEqualTo(1);
        services.checkIns().record(ana, walk.id(), new CheckIn(services.clock().today(ana), Outcome.DONE, null, 1, null));
        at("12:00");
        assertThat(sender.sendDue()).isZero();
        assertThat(bodies()).hasSize(1);
    }

    @Test
    void quietHoursMoveAReminderToTheirEndOrLetItGoWhenTheDayIsOver() {
        step("Stretch", "daily", "06:30", "23:00");
        ReminderDeliveryService sender = sender();
        at("07:00");
        assertThat(sender.sendDue()).as("06:30 waits for 07:00").isEqualTo(1);
        at("23:30");
        assertThat(sender.sendDue()).as("23:00 is in the quiet hours, and they end tomorrow").isZero();
        assertThat(bodies()).singleElement().asString().startsWith("Stretch:");
    }

    @Test
    void afterTheServerWasDownOnlyTheLatestMissedReminderIsSentNotABurst() {
        step("Read", "daily", "08:00", "09:00", "10:00", "11:00");
        at("11:30");
        ReminderDeliveryService restarted = sender();
        assertThat(restarted.sendDue()).isEqualTo(1);
        assertThat(restarted.sendDue()).isZero();
        at("12:00");
        assertThat(restarted.sendDue()).isZero();
        assertThat(bodies()).singleElement().asString().startsWith("Read:");
    }

    @Test
    void theSessionReminderInThePersonsLanguage() {
        Person ben = services.accounts().signUp("ben", "a long password",
                new Place("Europe/Paris", "es", null), null);
        services.reminders().setWebhook(ben, webhook.url().toString());
        services.reminders().change(ben, null, LocalTime.of(8, 0));
        at("08:01");
        assertThat(sender().sendDue()).isEqualTo(1);
        JsonNode sent = webhook.received().get(0);
        assertThat(sent.get("title").asText()).isEqualTo("Tu sesión diaria");
        assertThat(sent.get("url").asText()).isEqualTo("https://coach.example/session");
    }

    @Test
    void sendersRacingOverOneDatabaseSendEachReminderOnce() throws Exception {
        step("Walk", "daily", "08:00");
        step("Read", "daily", "08:00");
        step("Tea", "daily", "07:30");
        at("08:00");
        List<ReminderDeliveryService> senders = List.of(sender(), sender(), sender(), sender());
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                senders.forEach(sender -> rounds.add(sender::sendDue));
            }
            int sent = 0;
            for (Future<Integer> result : pool.invokeAll(rounds)) {
                sent += result.get();
            }
            assertThat(sent).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
        assertThat(bodies()).hasSize(3).anyMatch(body -> body.startsWith("Walk:"))
                .anyMatch(body -> body.startsWith("Read:")).anyMatch(body -> body.startsWith("Tea:"));
    }
}
