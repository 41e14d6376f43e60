package coach.kaizen.core.strength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Measure;
import coach.kaizen.core.step.Schedule;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A step from a numeric Loop habit scores as Loop's ScoreList.recompute does for numerical
 * habits (uhabits-core, models/ScoreList.kt): the amounts of the last {@code days} days (not
 * doubled, unlike yes-no habits) against the target, the multiplier from times ÷ days, at-most
 * habits starting from 1. {@link #loop} is that loop, written again from Loop's formula, over
 * Loop's own entry values (amounts ×1000, -1 unknown, 3 skip); our side reads the same history as
 * check-ins, day by day, with quiet days carried by {@code asOf}.
 */
class MeasuredStrengthTest {

    private static final int UNKNOWN = -1;
    private static final int SKIP = 3;
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("daily, at least 2 km", Measure.Kind.AT_LEAST, 2.0, 1, 1,
                        new int[] {2000, 1000, UNKNOWN, 3500, 0, 2000, 2000, 500, UNKNOWN, UNKNOWN, 2000}),
                Arguments.of("weekly, at least 10 km", Measure.Kind.AT_LEAST, 10.0, 1, 7,
                        new int[] {5000, UNKNOWN, 2500, UNKNOWN, UNKNOWN, 2500, UNKNOWN, 4000, 4000, UNKNOWN,
                            UNKNOWN, UNKNOWN, UNKNOWN, 12000, UNKNOWN, UNKNOWN, 1000}),
                Arguments.of("monthly, at least 20 pages", Measure.Kind.AT_LEAST, 20.0, 1, 30,
                        repeat(new int[] {1000, UNKNOWN, 2000}, 30)),
                Arguments.of("daily, at most 2 coffees", Measure.Kind.AT_MOST, 2.0, 1, 1,
                        new int[] {1000, 3000 + 1, 0, UNKNOWN, 4000, 2000, UNKNOWN, 6000}),
                Arguments.of("weekly, at most 3 drinks", Measure.Kind.AT_MOST, 3.0, 1, 7,
                        new int[] {1000, 2000, UNKNOWN, 1000, UNKNOWN, UNKNOWN, 0, UNKNOWN, 5000, UNKNOWN}),
                Arguments.of("target 0, at least", Measure.Kind.AT_LEAST, 0.0, 1, 1, new int[] {0, UNKNOWN, 1000}),
                Arguments.of("target 0, at most", Measure.Kind.AT_MOST, 0.0, 1, 1, new int[] {0, UNKNOWN, 1000, 0}),
                Arguments.of("3 in 7 days, at least 6", Measure.Kind.AT_LEAST, 6.0, 3, 7,
                        new int[] {2000, 2000, UNKNOWN, 2000, UNKNOWN, UNKNOWN, UNKNOWN, 1000, 1500}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void scoresAsLoopDoes(String name, Measure.Kind kind, double target, int times, int days, int[] values) {
        double[] expected = loop(kind, target, times, days, values);
        double[] ours = ours(new Measure(kind, target), times, days, values);
        assertThat(ours).containsExactly(expected, within(1e-12));
    }

    /** Loop reads a skipped day's value (3) as 0.003 done; we read it as nothing done. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void aSkipDiffersFromLoopOnlyByLoopsThreeThousandths(
            String name, Measure.Kind kind, double target, int times, int days, int[] values) {
        int[] skipped = values.clone();
        skipped[1] = SKIP;
        double[] expected = loop(kind, target, times, days, skipped);
        double[] ours = ours(new Measure(kind, target), times, days, skipped);
        double bound = target > 0 ? 0.003 / target : 1;
        for (int day = 0; day < ours.length; day++) {
            assertThat(ours[day]).isCloseTo(expected[day], within(bound + 1e-12));
        }
    }

    private static double[] ours(Measure measure, int times, int days, int[] values) {
        Schedule schedule = Schedule.parse(times + "/" + days);
        Strength strength = Strength.NONE;
        double[] scores = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            LocalDate day = FIRST.plusDays(i);
            CheckIn checkIn = checkIn(day, values[i], measure.kind());
            strength = checkIn == null ? strength.asOf(day, schedule, measure)
                    : strength.after(checkIn, 1, schedule, measure);
            scores[i] = strength.value();
        }
        return scores;
    }

    /** As the import reads a numeric entry: an amount done, none recorded, or skipped. */
    private static CheckIn checkIn(LocalDate day, int value, Measure.Kind kind) {
        if (value == UNKNOWN) {
            return null;
        }
        if (value == SKIP) {
            return new CheckIn(day, Outcome.SKIPPED, null, null, null);
        }
        if (value == 0 && kind == Measure.Kind.AT_LEAST) {
            return CheckIn.missed(day);
        }
        return new CheckIn(day, Outcome.DONE, value / 1000.0, null, null);
    }

    /** Loop's numerical branch, oldest day first; every history here starts with a known entry. */
    private static double[] loop(Measure.Kind kind, double target, int times, int days, int[] values) {
        double frequency = (double) times / days;
        boolean atMost = kind == Measure.Kind.AT_MOST;
        double previous = atMost ? 1 : 0;
        double rolling = 0;
        double[] scores = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            rolling += Math.max(0, values[i]);
            if (i - days >= 0) {
                rolling -= Math.max(0, values[i - days]);
            }
            double sum = rolling / 1000;
            if (values[i] != SKIP) {
                double met;
                if (!atMost) {
                    met = target > 0 ? Math.min(1, sum / target) : 1;
                } else if (target > 0) {
                    met = Math.max(0, Math.min(1, 1 - (sum - target) / target));
                } else {
                    met = sum > 0 ? 0 : 1;
                }
                double multiplier = Math.pow(0.5, Math.sqrt(frequency) / 13.0);
                previous = previous * multiplier + met * (1 - multiplier);
            }
            scores[i] = previous;
        }
        return scores;
    }

    private static int[] repeat(int[] pattern, int times) {
        int[] all = new int[pattern.length * times];
        for (int i = 0; i < all.length; i++) {
            all[i] = pattern[i % pattern.length];
        }
        return all;
    }
}
