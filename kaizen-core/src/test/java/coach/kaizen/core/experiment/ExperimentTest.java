package coach.kaizen.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExperimentTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    private static Experiment decided(LocalDate on) {
        return new Experiment(1, 1, ExperimentKind.TIME, "Mornings", START, 7, Verdict.REVERT, on);
    }

    @Test
    void aTrialStoppedBeforeItsLastDayIsReadUpToTheDayItStopped() {
        Experiment stopped = decided(START.plusDays(2));
        assertThat(stopped.stoppedEarly()).isTrue();
        assertThat(stopped.readUntil(START.plusDays(20))).isEqualTo(START.plusDays(2));
    }

    @Test
    void aTrialDecidedAfterItsDaysIsReadAsAlways() {
        Experiment over = decided(START.plusDays(7));
        assertThat(over.stoppedEarly()).isFalse();
        assertThat(over.readUntil(START.plusDays(20))).isEqualTo(START.plusDays(20));
        Experiment running = new Experiment(1, 1, ExperimentKind.TIME, "Mornings", START, 7, null, null);
        assertThat(running.stoppedEarly()).isFalse();
        assertThat(running.readUntil(START.plusDays(3))).isEqualTo(START.plusDays(3));
    }
}
