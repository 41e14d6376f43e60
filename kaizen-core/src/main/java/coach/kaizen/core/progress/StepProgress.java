package coach.kaizen.core.progress;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.engine.Recorded;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.strength.Strength;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Everything derived from a step's check-ins: the engine's state and the step's strength. */
public record StepProgress(EngineState engine, Strength strength) {

    public static StepProgress start(Engine engine, Step step) {
        return new StepProgress(engine.start(step.sizing()), Strength.NONE);
    }

    /** True when a check-in on {@code day} extends the history, so no replay is needed. */
    public boolean canAppend(LocalDate day) {
        return engine.isBefore(day);
    }

    public StepProgress record(Engine engine, Step step, CheckIn checkIn, Readiness readiness) {
        return recorded(engine, step, checkIn, readiness).after();
    }

    /** As {@link #record}, keeping the check-in as read and the size the coach asked that day. */
    private Replay.Day recorded(Engine engine, Step step, CheckIn checkIn, Readiness readiness) {
        EngineState before = readiness.crisis() ? engine.crisis(this.engine, checkIn.day()) : this.engine;
        // A rung is done or not: an amount (said before the step became a ladder) would be read
        // against rung numbers, which measure nothing.
        CheckIn counted = step.sizing().isLadder() ? checkIn.withoutAmount() : checkIn;
        Recorded recorded = engine.record(step.sizing(), before, forEngine(step, counted), readiness);
        return new Replay.Day(counted, recorded.asked(), new StepProgress(recorded.state(),
                strength.after(counted, recorded.asked().size(), step.schedule(), step.measure())));
    }

    /**
     * The check-in as the engine reads it. On a schedule of times in days a day not done is no
     * miss while its run of days can still be met, so the engine reads it as an excused day
     * (docs/engine.md §1.3); the check-in and the strength keep it as said.
     */
    private CheckIn forEngine(Step step, CheckIn checkIn) {
        if (checkIn.outcome() != Outcome.MISSED || !(step.schedule() instanceof Schedule.TimesInDays times)) {
            return checkIn;
        }
        LocalDate day = checkIn.day();
        LocalDate from = times.runFrom(day, step.startDay());
        int done = strength.doneBetween(from, day.minusDays(1));
        return times.reachableWithout(from, day, done) ? checkIn.excused() : checkIn;
    }

    /** The person takes a smaller size for {@code day} than the coach offered; strength is unchanged. */
    public StepProgress choose(Engine engine, Step step, Choice choice, Readiness readiness) {
        return new StepProgress(engine.choose(step.sizing(), this.engine, choice.day(), choice.size(), readiness),
                strength);
    }

    /**
     * Recomputes from the start, in day order: each day's choices (in the order made), then its
     * check-in, each day judged with the readiness the person gave that day (none given: an
     * ordinary day). Used when an earlier day changes. A choice that the replayed offer no longer
     * allows (an earlier day was corrected since) is passed over. A crisis holds the steps from its
     * day on, whether or not that day was checked in.
     */
    public static StepProgress replay(Engine engine, Step step, List<CheckIn> checkIns, List<Choice> choices,
            Map<LocalDate, Readiness> readiness) {
        return replayDays(engine, step, checkIns, choices, readiness).progress();
    }

    /** As {@link #replay}, keeping each check-in's day on the way, for the pictures of progress. */
    public static Replay replayDays(Engine engine, Step step, List<CheckIn> checkIns, List<Choice> choices,
            Map<LocalDate, Readiness> readiness) {
        StepProgress progress = start(engine, step);
        StepProgress beforeLastDay = null;
        List<Replay.Day> days = new ArrayList<>();
        Deque<Choice> pending = new ArrayDeque<>(choices.stream().sorted(Comparator.comparing(Choice::day)).toList());
        List<CheckIn> inOrder = checkIns.stream().sorted(Comparator.comparing(CheckIn::day)).toList();
        for (CheckIn checkIn : inOrder) {
            progress = progress.withCrisis(engine, latestCrisis(readiness, checkIn.day()));
            progress = progress.chooseUpTo(engine, step, pending, checkIn.day(), readiness);
            beforeLastDay = progress;
            Replay.Day day = progress.recorded(engine, step, checkIn, readinessOn(readiness, checkIn.day()));
            days.add(day);
            progress = day.after();
        }
        StepProgress lastDay = progress;
        progress = progress.chooseUpTo(engine, step, pending, LocalDate.MAX, readiness)
                .withCrisis(engine, latestCrisis(readiness, LocalDate.MAX));
        // A choice or a crisis after the last check-in would be lost by starting that day again.
        return new Replay(step, days, progress, progress.equals(lastDay) ? beforeLastDay : null, engine);
    }

    /** Holds the step for a crisis on {@code day} (null: none). */
    private StepProgress withCrisis(Engine engine, LocalDate day) {
        return day == null ? this : new StepProgress(engine.crisis(this.engine, day), strength);
    }

    /** The last crisis on or before {@code day}, or null. */
    private static LocalDate latestCrisis(Map<LocalDate, Readiness> readiness, LocalDate day) {
        return readiness.entrySet().stream().filter(said -> said.getValue().crisis() && !said.getKey().isAfter(day))
                .map(Map.Entry::getKey).max(Comparator.naturalOrder()).orElse(null);
    }

    private StepProgress chooseUpTo(
            Engine engine, Step step, Deque<Choice> pending, LocalDate day, Map<LocalDate, Readiness> readiness) {
        StepProgress progress = this;
        while (!pending.isEmpty() && !pending.peek().day().isAfter(day)) {
            Choice choice = asTakenThen(step.sizing(), pending.poll());
            Readiness thatDay = readinessOn(readiness, choice.day());
            if (progress.canAppend(choice.day()) && engine.choiceProblem(
                    step.sizing(), progress.engine, choice.day(), choice.size(), thatDay).isEmpty()) {
                progress = progress.choose(engine, step, choice, thatDay);
            }
        }
        return progress;
    }

    /**
     * A choice kept before such choices were refused, as it was taken then: below the floor it took the floor,
     * and between the step's quanta (2.5 minutes) the size the step showed for it (3).
     */
    private static Choice asTakenThen(Sizing sizing, Choice said) {
        double size = Math.max(said.size(), sizing.floor());
        boolean between = !sizing.isLadder() && size != sizing.floor() && !sizing.onAQuantum(size);
        return new Choice(said.day(), between ? sizing.show(sizing.levelOf(size)) : size);
    }

    private static Readiness readinessOn(Map<LocalDate, Readiness> readiness, LocalDate day) {
        return readiness.getOrDefault(day, Readiness.UNKNOWN);
    }
}
