package coach.kaizen.bench;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.strength.Frequency;
import coach.kaizen.core.strength.ScoreList;
import coach.kaizen.core.strength.Strength;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Strength over ten years of daily history: Loop's daily fold, and its windowed rule for 3 times a week. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StrengthBenchmark {

    private static final int DAYS = 3650;
    private static final Schedule THREE_IN_SEVEN = new Schedule.TimesInDays(3, 7);

    private CheckIn[] tenYears;
    private double[] completions;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2026);
        LocalDate first = LocalDate.of(2016, 1, 1);
        tenYears = new CheckIn[DAYS];
        completions = new double[DAYS];
        for (int i = 0; i < DAYS; i++) {
            double roll = random.nextDouble();
            Outcome outcome = roll < 0.14 ? Outcome.MISSED : roll < 0.17 ? Outcome.SKIPPED : Outcome.DONE;
            tenYears[i] = new CheckIn(first.plusDays(i), outcome, null, null, null);
            completions[i] = outcome == Outcome.DONE ? 1 : outcome == Outcome.SKIPPED ? ScoreList.SKIP : 0;
        }
    }

    /** A daily step's strength carried through ten years of check-ins. */
    @Benchmark
    public Strength dailyStrengthOverTenYears() {
        Strength strength = Strength.NONE;
        for (CheckIn checkIn : tenYears) {
            strength = strength.after(checkIn, 1, Schedule.DAILY);
        }
        return strength;
    }

    /** The same ten years for a step of 3 times in 7 days, as the app keeps it: one check-in at a time. */
    @Benchmark
    public Strength timesInDaysStrengthOverTenYears() {
        Strength strength = Strength.NONE;
        for (CheckIn checkIn : tenYears) {
            strength = strength.after(checkIn, 1, THREE_IN_SEVEN);
        }
        return strength;
    }

    /** Loop's windowed score for a 3-times-a-week step over the same ten years, all at once. */
    @Benchmark
    public double[] windowedScoresOverTenYears() {
        return ScoreList.scores(new Frequency(3, 7), completions);
    }
}
