package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.step.Schedule;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrengthSeriesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    /**
     * Daily: m = 0.5^(1/13) = 0.948078, so a done day adds 1 − m = 0.051922 to m times the day
     * before, a missed or quiet day keeps m times it, and a skipped day keeps it as it was.
     * 3 in 7 is read as 6 in 14: m = 0.5^(√(3/7)/13), each day fed the share of 6 done in the
     * last 14 days (Loop's ScoreList).
     */
    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("daily", "DD.MS.", 5, new double[] {0.051922, 0.101149, 0.095897, 0.090918, 0.090918,
                    0.086197}),
                Arguments.of("daily", "..D", 2, new double[] {0, 0, 0.051922}),
                Arguments.of("daily", "", 0, new double[] {0}),
                Arguments.of("daily", "D", 0, new double[] {0.051922}),
                Arguments.of("daily", "", -1, new double[] {}),
                // Mon done, Thu quiet (× m), the days off hold, next Mon done.
                Arguments.of("mon,thu", "D...... D", 7, new double[] {0.051922, 0.051922, 0.051922, 0.049227,
                    0.049227, 0.049227, 0.049227, 0.098593}),
                Arguments.of("3/7", "D..D..D.D", 8, new double[] {0.005717, 0.011238, 0.016570, 0.027436, 0.037929,
                    0.048063, 0.063566, 0.078537, 0.098712}));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("histories")
    void oneStrengthADayFromTheStart(String schedule, String days, int through, double[] expected) {
        Replay replay = Days.replay(Days.step(Schedule.parse(schedule), MONDAY), days);
        StrengthSeries series = StrengthSeries.of(replay, MONDAY.plusDays(through));
        assertThat(series.days()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(series.days().get(i).day()).isEqualTo(MONDAY.plusDays(i));
            assertThat(series.days().get(i).value()).as("day %d", i).isCloseTo(expected[i], within(1e-6));
        }
        if (expected.length > 0) {
            // The last point is the strength Today shows.
            assertThat(series.days().get(expected.length - 1).value()).isEqualTo(replay.progress().strength()
                    .asOf(MONDAY.plusDays(through), replay.step().schedule()).value());
        }
    }
}
