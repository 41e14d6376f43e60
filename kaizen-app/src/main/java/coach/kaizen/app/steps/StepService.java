package coach.kaizen.app.steps;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.Replay;
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
    public Step create(Person person, long aimId, StepDraft draft) {
        long userId = person.id();
        return database.transaction(stores -> {
            Step step = stores.steps().create(userId, aimId, draft, clock.today(person), clock.now())
                    .orElseThrow(() -> new NotFound("aim"));
            stores.progress().save(userId, step.id(), stores.replay(engine, userId, step), clock.now());
            return step;
        });
    }

    public Step find(Person person, long stepId) {
        return database.read(stores -> stores.steps().find(person.id(), stepId))
                .orElseThrow(() -> new NotFound("step"));
    }

    /** The step with each of its days as the engine read them, for its pictures of progress. */
    public Replay replayed(Person person, long stepId) {
        return database.read(stores -> stores.replayed(engine, person.id(),
                stores.steps().find(person.id(), stepId).orElseThrow(() -> new NotFound("step"))));
    }

    /** The aim's steps; the aim must be the person's. */
    public List<Step> listForAim(Person person, long aimId) {
        return database.read(stores -> {
            stores.aims().find(person.id(), aimId).orElseThrow(() -> new NotFound("aim"));
            return stores.steps().listForAim(person.id(), aimId);
        });
    }

    /**
     * Changes the step. A new sizing is the step's new starting point: the coach re-reads the
     * step's check-ins from it, so the next proposal follows from the new size and the same history.
     * A new schedule re-reads them too, since strength counts the days a step is due.
     */
    public Step update(Person person, long stepId, StepDraft draft) {
        long userId = person.id();
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
    public void delete(Person person, long stepId) {
        if (!database.transaction(stores -> stores.steps().delete(person.id(), stepId))) {
            throw new NotFound("step");
        }
    }
}
