package coach.kaizen.core.strength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopScoreTest {

    /** The vectors of Loop Habit Tracker's own ScoreTest. */
    @ParameterizedTest(name = "compute({0}, {1}, {2}) = {3}")
    @CsvSource({
        "1.0,        0.0,  1, 0.051922",
        "1.0,        0.5,  1, 0.525961",
        "1.0,        0.75, 0, 0.711058",
        "0.33333333333333333, 0.0, 1, 0.030314",
        "0.33333333333333333, 0.5, 0, 0.484842",
    })
    void matchesLoopVectors(double frequency, double previous, double completion, double expected) {
        assertThat(LoopScore.compute(frequency, previous, completion)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void dailyMultiplierHasAHalfLifeOfThirteenDays() {
        double m = LoopScore.multiplier(1.0);
        assertThat(m).isCloseTo(0.9480775143391714, within(1e-15));
        assertThat(Math.pow(m, 13)).isCloseTo(0.5, within(1e-12));
    }
}
