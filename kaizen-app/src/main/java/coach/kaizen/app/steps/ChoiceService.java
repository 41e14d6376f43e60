package coach.kaizen.app.steps;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Proposal;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.Choice;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Consent: the person may take a smaller size than the coach offers today, and the coach follows; until
 * today is said, they may take it back.
 */
public final class ChoiceService {

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;

    public ChoiceService(Database database, Engine engine, PersonalClock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /** Takes {@code size} for today, before today's check-in; returns today's proposal after it. */
    public Proposal choose(Person person, long stepId, Double size) {
        if (size == null) {
            throw new Invalid(Message.of("steps.problem.sizeNeeded"));
        }
        long userId = person.id();
        return database.transaction(stores -> {
            Step step = stores.steps().findForUpdate(userId, stepId).orElseThrow(() -> new NotFound("step"));
            LocalDate today = stillOpen(stores, person, step, "steps.problem.checkedIn");
            Readiness readiness = stores.readiness().find(userId, today).orElse(Readiness.UNKNOWN);
            StepProgress kept = stores.progress().find(userId, stepId)
                    .orElseGet(() -> stores.replay(engine, userId, step));
            engine.choiceProblem(step.sizing(), kept.engine(), today, size, readiness).ifPresent(problem -> {
                throw new Invalid(problem);
            });
            Choice choice = new Choice(today, size);
            StepProgress after = kept.choose(engine, step, choice, readiness);
            if (after.engine().equals(kept.engine())) {
                // The offer itself, chosen: nothing changes, and nothing is kept to take back.
                return engine.propose(step.sizing(), kept.engine(), today, readiness);
            }
            Instant now = clock.now();
            stores.choices().add(userId, stepId, choice, now);
            stores.progress().save(userId, stepId, after, now);
            return engine.propose(step.sizing(), after.engine(), today, readiness);
        });
    }

    /**
     * Takes back the sizes chosen on {@code day}, which must be today and not yet said: the coach's offer
     * comes back. Returns today's proposal without them, or empty when nothing was chosen today.
     */
    public Optional<Proposal> takeBack(Person person, long stepId, LocalDate day) {
        long userId = person.id();
        return database.transaction(stores -> {
            Step step = stores.steps().findForUpdate(userId, stepId).orElseThrow(() -> new NotFound("step"));
            LocalDate today = stillOpen(stores, person, step, "steps.problem.takeBackCheckedIn");
            if (!day.equals(today)) {
                throw new Rejected(Message.of("steps.problem.takeBackToday", today.toString()));
            }
            if (stores.choices().removeOn(userId, stepId, today) == 0) {
                return Optional.<Proposal>empty();
            }
            StepProgress after = stores.keepReplayed(engine, userId, step, clock.now());
            Readiness readiness = stores.readiness().find(userId, today).orElse(Readiness.UNKNOWN);
            return Optional.of(engine.propose(step.sizing(), after.engine(), today, readiness));
        });
    }

    /**
     * Today, when a size can still be chosen for it: the step has begun, is due and is not yet said today (else
     * refused with {@code saidKey}'s words).
     */
    private LocalDate stillOpen(Stores stores, Person person, Step step, String saidKey) {
        LocalDate today = clock.today(person);
        if (today.isBefore(step.startDay())) {
            throw new Rejected(Message.of("steps.problem.notStarted", step.startDay().toString()));
        }
        if (!step.schedule().isDue(today)) {
            throw new Rejected(Message.of("steps.problem.dayOff", step.schedule().said()));
        }
        if (stores.checkIns().find(person.id(), step.id(), today).isPresent()) {
            throw new Rejected(Message.of(saidKey));
        }
        return today;
    }
}
