package coach.kaizen.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.WebhookReceiver;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The webhook against a receiver on this machine that is slow, or has a bad moment. */
class WebhookChannelTest {

    private static DueReminder to(URI webhook) {
        return new DueReminder("step:1", LocalDate.of(2026, 6, 1), LocalTime.of(8, 0), "A small step is waiting",
                "Walk: whenever it suits you today.", URI.create("https://coach.example/today#step-1"), webhook);
    }

    @Test
    void aReceiverTooSlowToAnswerIsTriedTwiceThenLeftBe() {
        try (WebhookReceiver slow = WebhookReceiver.start(Duration.ofMillis(1500), 0)) {
            long started = System.nanoTime();
            assertThat(new WebhookChannel(Duration.ofMillis(300), Destinations.ANYWHERE).deliver(to(slow.url()))).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("two tries of 300 ms, not the receiver's pace")
                    .isLessThan(Duration.ofMillis(1400));
            assertThat(slow.tries()).isEqualTo(2);
        }
    }

    @Test
    void aReceiverThatRefusesOnceTakesTheSecondTry() {
        try (WebhookReceiver moody = WebhookReceiver.start(Duration.ZERO, 1)) {
            assertThat(new WebhookChannel(Duration.ofSeconds(2), Destinations.ANYWHERE).deliver(to(moody.url()))).isTrue();
            assertThat(moody.tries()).isEqualTo(2);
            assertThat(moody.received()).singleElement()
                    .satisfies(json -> assertThat(json.get("title").asText()).isEqualTo("A small step is waiting"))
                    .satisfies(json -> assertThat(json.get("url").asText())
                            .isEqualTo("https://coach.example/today#step-1"));
        }
    }

    @Test
    void aWebhookOnThisMachineIsNotPostedToUnlessTheOperatorAllowsIt() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            assertThat(new WebhookChannel(Duration.ofSeconds(2), Destinations.INTERNET).deliver(to(receiver.url())))
                    .isFalse();
            assertThat(receiver.tries()).isZero();
            assertThat(new WebhookChannel(Duration.ofSeconds(2), Destinations.ANYWHERE).deliver(to(receiver.url())))
                    .isTrue();
        }
    }

    @Test
    void aPersonWithoutAWebhookIsSentNothing() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            new WebhookChannel(Duration.ofSeconds(2), Destinations.ANYWHERE).send(null, to(null));
            assertThat(receiver.tries()).isZero();
        }
    }
}
