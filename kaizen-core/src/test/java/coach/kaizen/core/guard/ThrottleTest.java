package coach.kaizen.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void theFirstTriesAreFreeThenTheWaitDoublesThenLocks() {
        Throttle account = Throttle.ACCOUNT;
        assertThat(account.waitAfter(0)).isZero();
        assertThat(account.waitAfter(4)).isZero();
        assertThat(account.waitAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(account.waitAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(account.waitAfter(9)).isEqualTo(Duration.ofSeconds(16));
        assertThat(account.waitAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(account.waitAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aTryWaitsFromTheLastOneAndIsForgottenAfterAQuietHour() {
        Throttle account = Throttle.ACCOUNT;
        assertThat(account.closedUntil(4, NOW, NOW)).isEmpty();
        assertThat(account.closedUntil(6, NOW, NOW.plusSeconds(1))).contains(NOW.plusSeconds(2));
        assertThat(account.closedUntil(6, NOW, NOW.plusSeconds(2))).isEmpty();
        assertThat(account.closedUntil(12, NOW, NOW.plusSeconds(60))).contains(NOW.plus(Duration.ofMinutes(15)));
        assertThat(account.counted(12, NOW, NOW.plus(Duration.ofMinutes(59)))).isEqualTo(12);
        assertThat(account.counted(12, NOW, NOW.plus(Duration.ofHours(1)))).isZero();
        assertThat(account.closedUntil(12, NOW, NOW.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void aThrottleThatCouldNeverLockIsRefused() {
        assertThatThrownBy(() -> new Throttle(5, 5, Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Throttle(5, 10, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void moreTriesNeverWaitLessAndNoWaitPassesTheLock(@ForAll @IntRange(min = 0, max = 100_000) int tries,
            @ForAll @IntRange(min = 0, max = 30) int free, @ForAll @IntRange(min = 1, max = 80) int span,
            @ForAll @IntRange(min = 1, max = 100_000) int lockSeconds) {
        Throttle throttle = new Throttle(free, free + span, Duration.ofSeconds(lockSeconds),
                Duration.ofSeconds(lockSeconds).multipliedBy(2));
        Duration wait = throttle.waitAfter(tries);
        assertThat(throttle.waitAfter(tries + 1)).isGreaterThanOrEqualTo(wait);
        assertThat(wait).isLessThanOrEqualTo(throttle.lockFor()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(wait.isZero()).isEqualTo(tries < free);
        if (tries >= throttle.lockAt()) {
            assertThat(wait).isEqualTo(throttle.lockFor());
        }
    }

    @Property
    void noWaitIsLongerThanTheLockWhateverTheClocksSay(@ForAll @IntRange(min = 0, max = 1000) int tries,
            @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int secondsApart) {
        Throttle throttle = Throttle.ACCOUNT;
        throttle.closedUntil(tries, NOW.plusSeconds(secondsApart), NOW)
                .ifPresent(until -> assertThat(until).isAfter(NOW).isBeforeOrEqualTo(NOW.plus(throttle.lockFor())));
    }

    @Property
    void aLockIsNeverForgottenBeforeItEnds(@ForAll @IntRange(min = 0, max = 1000) int tries,
            @ForAll @IntRange(min = 0, max = 7200) int secondsLater) {
        Throttle throttle = Throttle.ADDRESS;
        Instant now = NOW.plusSeconds(secondsLater);
        throttle.closedUntil(tries, NOW, now).ifPresent(until -> {
            assertThat(until).isAfter(now);
            assertThat(throttle.forgotten(NOW, now)).isFalse();
        });
    }
}
