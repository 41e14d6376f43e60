package coach.kaizen.app.coach;

import coach.kaizen.app.db.Stores;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import java.util.Map;

/** Rebuilding a step's kept progress from its whole history, when the past or the step itself changes. */
final class Progress {

    private Progress() {
    }

    // Readiness is not collected yet (the daily session will ask for it), so every day is
    // replayed as an ordinary day.
    static StepProgress replay(Stores stores, Engine engine, long userId, Step step) {
        return StepProgress.replay(engine, step.sizing(), stores.checkIns().history(userId, step.id()), Map.of());
    }
}
