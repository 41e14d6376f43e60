package coach.kaizen.app.coach;

import coach.kaizen.app.db.Stores;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.progress.StepHistory;
import java.util.List;
import java.util.Map;

/** Every step of a person with its check-ins: what the session and the practices read. */
final class Histories {

    private Histories() {
    }

    static List<StepHistory> of(Stores stores, long userId) {
        Map<Long, List<CheckIn>> checkIns = stores.checkIns().byStep(userId);
        return stores.steps().list(userId).stream()
                .map(step -> new StepHistory(step, checkIns.getOrDefault(step.id(), List.of())))
                .toList();
    }
}
