package coach.kaizen.bench;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.engine.Proposal;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's hot paths: a day's proposal plus recording its check-in (what every check-in
 * costs), and a replay of a year of history (what a late or corrected check-in costs).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final int DAYS = 365;

    private final Engine engine = Engine.standard();
    private final Sizing sizing = new Sizing(5, "minutes", 1, 1, 120.0);
    private final Step step = new Step(1, 1, "Walk", sizing, null, Schedule.DAILY, LocalDate.of(2026, 1, 1));
    private CheckIn[] year;
    private List<CheckIn> history;
    private EngineState state;
    private StepProgress progress;
    private int day;

    @Setup
    public void setUp() {
        // A believable year: mostly done, some hard days, a miss about one day in seven, a few skips.
        SplittableRandom random = new SplittableRandom(2026);
        year = new CheckIn[DAYS];
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = FIRST_DAY.plusDays(i);
            double roll = random.nextDouble();
            year[i] = roll < 0.14 ? CheckIn.missed(date)
                    : roll < 0.17 ? CheckIn.skipped(date)
                    : new CheckIn(date, Outcome.DONE, null, random.nextInt(11), null);
        }
        history = new ArrayList<>(List.of(year));
        state = engine.start(sizing);
        progress = StepProgress.start(engine, step);
        day = 0;
    }

    /** One day: propose, then record the check-in with the engine state alone. */
    @Benchmark
    public EngineState proposeAndRecord(Blackhole blackhole) {
        CheckIn checkIn = nextDay();
        Proposal proposal = engine.propose(sizing, state, checkIn.day(), Readiness.UNKNOWN);
        blackhole.consume(proposal);
        state = engine.record(sizing, state, checkIn, Readiness.UNKNOWN).state();
        return state;
    }

    /** One day as the app records it: engine state and strength together. */
    @Benchmark
    public StepProgress proposeAndRecordWithStrength(Blackhole blackhole) {
        CheckIn checkIn = nextDay();
        blackhole.consume(engine.propose(sizing, progress.engine(), checkIn.day(), Readiness.UNKNOWN));
        progress = progress.record(engine, step, checkIn, Readiness.UNKNOWN);
        return progress;
    }

    /** A corrected day a year back: the whole history replayed. */
    @Benchmark
    public StepProgress replayAYear() {
        return StepProgress.replay(engine, step, history, List.of(), Map.of());
    }

    /** The next day's check-in, wrapping back to a fresh start after a year so dates keep rising. */
    private CheckIn nextDay() {
        if (day == DAYS) {
            day = 0;
            state = engine.start(sizing);
            progress = StepProgress.start(engine, step);
        }
        return year[day++];
    }
}
