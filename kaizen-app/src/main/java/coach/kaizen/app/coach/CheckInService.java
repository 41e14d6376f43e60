package coach.kaizen.app.coach;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Records check-ins and keeps each step's engine state and strength in step with them. */
public final class CheckInService {

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;

    public CheckInService(Database database, Engine engine, PersonalClock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /** The saved check-in and the step's progress after it. */
    public record Result(SavedCheckIn checkIn, StepProgress progress) {
    }

    /**
     * Saves a check-in (a second one for the same day corrects the first) and updates the step's
     * progress in the same transaction: on top of the kept progress for a new day, by replaying
     * the history when an earlier day is added or corrected, or when no progress was kept.
     */
    public Result record(long userId, long stepId, CheckIn checkIn) {
        return database.transaction(stores -> {
            Person person = stores.users().find(userId).orElseThrow(() -> new NotFound("person"));
            Step step = stores.steps().findForUpdate(userId, stepId).orElseThrow(() -> new NotFound("step"));
            checkDay(checkIn.day(), step, clock.today(person));
            Instant now = clock.now();
            Optional<StepProgress> kept = stores.progress().find(userId, stepId);
            SavedCheckIn saved = stores.checkIns().save(userId, stepId, checkIn, now)
                    .orElseThrow(() -> new NotFound("step"));
            StepProgress after = kept.filter(progress -> progress.canAppend(checkIn.day()))
                    .map(progress -> progress.record(engine, step.sizing(), checkIn, Readiness.UNKNOWN))
                    .orElseGet(() -> replay(stores, userId, step));
            stores.progress().save(userId, stepId, after, now);
            return new Result(saved, after);
        });
    }

    // Readiness is not collected yet (the daily session will ask for it), so every day is an
    // ordinary day here: recorded with Readiness.UNKNOWN and replayed with no readiness.
    private StepProgress replay(Stores stores, long userId, Step step) {
        return StepProgress.replay(engine, step.sizing(), stores.checkIns().history(userId, step.id()), Map.of());
    }

    private static void checkDay(LocalDate day, Step step, LocalDate today) {
        if (day.isAfter(today)) {
            throw new Rejected("a check-in can be for today (" + today + ") or an earlier day, not " + day);
        }
        if (day.isBefore(step.startDay())) {
            throw new Rejected("this step starts on " + step.startDay() + ", so " + day + " is too early");
        }
    }
}
