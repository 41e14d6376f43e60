package coach.kaizen.app.steps;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.util.List;

/** A person's steps. A step starts on the day it is made, in the person's own calendar. */
public final class StepService {

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;

    public StepService(Database database, Engine engine, PersonalClock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /** Makes a step starting today; its progress is kept at once, so a crisis of the last days holds it too. */
    public Step create(long userId, long aimId, StepDraft draft) {
        return database.transaction(stores -> {
            Person person = stores.users().find(userId).orElseThrow(() -> new NotFound("person"));
            Step step = stores.steps().create(userId, aimId, draft, clock.today(person), clock.now())
                    .orElseThrow(() -> new NotFound("aim"));
            stores.progress().save(userId, step.id(), stores.replay(engine, userId, step), clock.now());
            return step;
        });
    }

    public Step find(long userId, long stepId) {
        return database.read(stores -> stores.steps().find(userId, stepId)).orElseThrow(() -> new NotFound("step"));
    }

    /** The aim's steps; the aim must be the person's. */
    public List<Step> listForAim(long userId, long aimId) {
        return database.read(stores -> {
            stores.aims().find(userId, aimId).orElseThrow(() -> new NotFound("aim"));
            return stores.steps().listForAim(userId, aimId);
        });
    }

    /**
     * Changes the step. A new sizing is the step's new starting point: the coach re-reads the
     * step's check-ins from it, so the next proposal follows from the new size and the same history.
     * A new schedule re-reads them too, since strength counts the days a step is due.
     */
    public Step update(long userId, long stepId, StepDraft draft) {
        return database.transaction(stores -> {
            Step before = stores.steps().findForUpdate(userId, stepId).orElseThrow(() -> new NotFound("step"));
            Step after = stores.steps().update(userId, stepId, draft)
                    .orElseThrow(() -> new NotFound("step"));
            boolean reRead = !after.sizing().equals(before.sizing()) || !after.schedule().equals(before.schedule());
            if (reRead && stores.progress().find(userId, stepId).isPresent()) {
                stores.progress().save(userId, stepId, stores.replay(engine, userId, after), clock.now());
            }
            return after;
        });
    }

    /** Deletes the step with its check-ins. */
    public void delete(long userId, long stepId) {
        if (!database.transaction(stores -> stores.steps().delete(userId, stepId))) {
            throw new NotFound("step");
        }
    }
}
