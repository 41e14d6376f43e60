package coach.kaizen.app.coach;

import coach.kaizen.app.db.Stores;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;

/** Rebuilding a step's kept progress from its whole history, when the past or the step itself changes. */
final class Progress {

    private Progress() {
    }

    /** Check-ins, choices and each day's readiness, replayed in day order. */
    static StepProgress replay(Stores stores, Engine engine, long userId, Step step) {
        return StepProgress.replay(engine, step, stores.checkIns().history(userId, step.id()),
                stores.choices().history(userId, step.id()), stores.readiness().since(userId, step.startDay()));
    }
}
