package coach.kaizen.core.progress;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Asked;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.List;

/**
 * A step's check-ins replayed in day order ({@link StepProgress#replayDays}): each day as it was
 * read, and the progress at the end, exactly as {@link StepProgress#replay} gives it, with the
 * progress the last check-in was recorded on while nothing came after it (else null), and the
 * engine it was replayed by.
 */
public record Replay(Step step, List<Day> days, StepProgress progress, StepProgress beforeLastDay, Engine engine) {

    public Replay {
        days = List.copyOf(days);
    }

    /** The progress to keep: a correction of the last day can start again from what came before it. */
    public KeptProgress kept() {
        return new KeptProgress(progress, beforeLastDay);
    }

    /**
     * One replayed check-in.
     *
     * @param checkIn as said, a ladder's without an amount (a day not done stays MISSED here even
     *                where the engine read it as excused: {@code StepProgress} on times in days)
     * @param asked   what the coach asked that day: the floor on a hard day
     * @param after   the engine's state and the strength after the day
     */
    public record Day(CheckIn checkIn, Asked asked, StepProgress after) {

        /** The size done: the amount said, else the size asked; null when the step was not done. */
        public Double sizeDone() {
            if (checkIn.outcome() != Outcome.DONE) {
                return null;
            }
            return checkIn.amount() == null ? asked.size() : checkIn.amount();
        }
    }

    /**
     * The size the step is at on {@code day}: the regular size asked on the last check-in up to
     * then (a hard day's floor does not count as a step down), or the start size before any.
     */
    public double sizeOn(LocalDate day) {
        int said = daysUpTo(day);
        // Excused days alone ask nothing: the size is still the start.
        Double size = said == 0 ? null : days.get(said - 1).after().engine().lastSize();
        return size == null ? step.sizing().start() : size;
    }

    /**
     * The size the step stands at once {@code day} is over: what an ordinary next day is asked, as
     * Today would ask it (a *Not today* may take it down, a hard day's floor never does), or the start
     * size before any check-in.
     */
    public double sizeAfter(LocalDate day) {
        int said = daysUpTo(day);
        if (said == 0) {
            return step.sizing().start();
        }
        EngineState state = days.get(said - 1).after().engine();
        return engine.propose(step.sizing(), state, day.plusDays(1), Readiness.UNKNOWN).size();
    }

    /** How many check-ins were on or before {@code day}. */
    private int daysUpTo(LocalDate day) {
        int said = 0;
        while (said < days.size() && !days.get(said).checkIn().day().isAfter(day)) {
            said++;
        }
        return said;
    }
}
