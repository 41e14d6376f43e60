package coach.kaizen.app.steps;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.reminders.ReminderService;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person's steps. A step starts on the day it is made, in the person's own calendar. */
public final class StepService {

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;
    private final ReminderService reminders;

    public StepService(Database database, Engine engine, PersonalClock clock, ReminderService reminders) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
        this.reminders = reminders;
    }

    /**
     * A step with the times of day it reminds its person, in the day's order, and whether it is set
     * aside: off Today and reminding no one, its days kept.
     */
    public record RemindedStep(Step step, List<LocalTime> reminders, boolean aside) {
    }

    /** Makes a step starting today, without reminders. */
    public Step create(Person person, long aimId, StepDraft draft) {
        return create(person, aimId, draft, List.of()).step();
    }

    /** Makes a step starting today, on Today, reminding its person at {@code times}. */
    public RemindedStep create(Person person, long aimId, StepDraft draft, List<LocalTime> times) {
        return create(person, aimId, draft, times, false);
    }

    /** Makes a step starting today; its progress is kept at once, so a crisis of the last days holds it too. */
    public RemindedStep create(Person person, long aimId, StepDraft draft, List<LocalTime> times, boolean aside) {
        long userId = person.id();
        return database.transaction(stores -> {
            StepDraft asked = Invalid.check(draft::startingAsWritten);
            Step step = stores.steps().create(userId, aimId, asked, clock.today(person), clock.now())
                    .orElseThrow(() -> new NotFound("aim"));
            stores.keepReplayed(engine, userId, step, clock.now());
            reminders.setStepTimes(stores, person, step.id(), times);
            if (aside) {
                stores.steps().setArchived(userId, step.id(), true);
            }
            return new RemindedStep(step, times, aside);
        });
    }

    public Step find(Person person, long stepId) {
        return database.read(stores -> stores.steps().find(person.id(), stepId))
                .orElseThrow(() -> new NotFound("step"));
    }

    /** The step with its reminder times. */
    public RemindedStep findReminded(Person person, long stepId) {
        return database.read(stores -> new RemindedStep(
                stores.steps().find(person.id(), stepId).orElseThrow(() -> new NotFound("step")),
                reminders.stepTimes(stores, person, stepId), stores.steps().archived(person.id()).contains(stepId)));
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

    /** The aim's steps with their reminder times; the aim must be the person's. */
    public List<RemindedStep> listRemindedForAim(Person person, long aimId) {
        return database.read(stores -> {
            stores.aims().find(person.id(), aimId).orElseThrow(() -> new NotFound("aim"));
            Map<Long, List<LocalTime>> times = reminders.stepTimes(stores, person);
            Set<Long> aside = Set.copyOf(stores.steps().archived(person.id()));
            return stores.steps().listForAim(person.id(), aimId).stream()
                    .map(step -> new RemindedStep(step, times.getOrDefault(step.id(), List.of()),
                            aside.contains(step.id())))
                    .toList();
        });
    }

    /**
     * Changes the step. A new sizing is the step's new starting point: the coach re-reads the
     * step's check-ins from it, so the next proposal follows from the new size and the same history.
     * A new schedule re-reads them too, since strength counts the days a step is due. The step's
     * reminder times become {@code times}; {@code aside} sets it aside or brings it back, or when
     * null leaves it as it is.
     */
    public RemindedStep update(Person person, long stepId, StepDraft draft, List<LocalTime> times, Boolean aside) {
        long userId = person.id();
        return database.transaction(stores -> {
            Step before = stores.steps().findForUpdate(userId, stepId).orElseThrow(() -> new NotFound("step"));
            // A step brought in from before may sit between quanta; it is asked to fit only once resized.
            Step after = stores.steps().update(userId, stepId,
                    draft.sizing().equals(before.sizing()) ? draft : Invalid.check(draft::startingAsWritten))
                    .orElseThrow(() -> new NotFound("step"));
            boolean reRead = !after.sizing().equals(before.sizing()) || !after.schedule().equals(before.schedule());
            if (reRead && stores.progress().find(userId, stepId).isPresent()) {
                stores.keepReplayed(engine, userId, after, clock.now());
            }
            reminders.setStepTimes(stores, person, stepId, times);
            if (aside != null) {
                stores.steps().setArchived(userId, stepId, aside);
            }
            return new RemindedStep(after, times, stores.steps().archived(userId).contains(stepId));
        });
    }

    /** Sets the step aside (off Today, no reminders, its days kept), or brings it back to Today. */
    public void setAside(Person person, long stepId, boolean aside) {
        if (!database.transaction(stores -> stores.steps().setArchived(person.id(), stepId, aside))) {
            throw new NotFound("step");
        }
    }

    /** Deletes the step with its check-ins. */
    public void delete(Person person, long stepId) {
        if (!database.transaction(stores -> stores.steps().delete(person.id(), stepId))) {
            throw new NotFound("step");
        }
    }
}
