package coach.kaizen.core.progress;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.engine.Recorded;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.strength.Strength;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Everything derived from a step's check-ins: the engine's state and the step's strength. */
public record StepProgress(EngineState engine, Strength strength) {

    public static StepProgress start(Engine engine, Sizing sizing) {
        return new StepProgress(engine.start(sizing), Strength.NONE);
    }

    /** True when a check-in on {@code day} extends the history, so no replay is needed. */
    public boolean canAppend(LocalDate day) {
        return engine.isBefore(day);
    }

    public StepProgress record(Engine engine, Sizing sizing, CheckIn checkIn, Readiness readiness) {
        Recorded recorded = engine.record(sizing, this.engine, checkIn, readiness);
        return new StepProgress(recorded.state(), strength.after(checkIn, recorded.asked().size()));
    }

    /**
     * Recomputes from the first check-in, in day order, each day judged with the readiness the
     * person gave that day (none given: an ordinary day). Used when an earlier day changes.
     */
    public static StepProgress replay(
            Engine engine, Sizing sizing, List<CheckIn> checkIns, Map<LocalDate, Readiness> readiness) {
        StepProgress progress = start(engine, sizing);
        List<CheckIn> inOrder = checkIns.stream().sorted(Comparator.comparing(CheckIn::day)).toList();
        for (CheckIn checkIn : inOrder) {
            Readiness thatDay = readiness.getOrDefault(checkIn.day(), Readiness.UNKNOWN);
            progress = progress.record(engine, sizing, checkIn, thatDay);
        }
        return progress;
    }
}
