package coach.kaizen.app.coach;

import coach.kaizen.app.db.Stores;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;

/** Rebuilding a step's kept progress from its whole history, when the past or the step itself changes. */
final class Progress {

    private Progress() {
    }

    /**
     * Check-ins, choices and each day's readiness, replayed in day order; readiness from a few days
     * before the step began, so a crisis holds a step made during its 72 hours too.
     */
    static StepProgress replay(Stores stores, Engine engine, long userId, Step step) {
        LocalDate from = step.startDay().minusDays(EngineState.CRISIS_DAYS - 1L);
        return StepProgress.replay(engine, step, stores.checkIns().history(userId, step.id()),
                stores.choices().history(userId, step.id()), stores.readiness().since(userId, from));
    }
}
