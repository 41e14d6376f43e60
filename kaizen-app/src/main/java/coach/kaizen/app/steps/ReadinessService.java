package coach.kaizen.app.steps;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How the person is on a day. A hard day gets each step's smallest version; saying so after a
 * day was checked in re-reads that day, so the engine judges it as it was lived. Saying they are
 * not safe holds every step for the 72 hours the engine keeps still.
 */
public final class ReadinessService {

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;

    public ReadinessService(Database database, Engine engine, PersonalClock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /** The day's answer; unknown when the person has not said. */
    public Readiness find(Person person, LocalDate day) {
        return database.read(stores -> stores.readiness().find(person.id(), day)).orElse(Readiness.UNKNOWN);
    }

    /** Saves the day's answer. "Not safe" said once stays with the day: a later answer never lifts the hold. */
    public void save(Person person, LocalDate day, Readiness said) {
        database.transaction(stores -> {
            save(stores, person, day, said);
            return null;
        });
    }

    /** The same, within the caller's transaction. */
    public void save(Stores stores, Person person, LocalDate day, Readiness said) {
        LocalDate today = clock.today(person);
        if (day.isAfter(today)) {
            throw new Rejected(Message.of("steps.problem.readinessDay", today.toString(), day.toString()));
        }
        long userId = person.id();
        Instant now = clock.now();
        Readiness before = stores.readiness().find(userId, day).orElse(Readiness.UNKNOWN);
        Readiness readiness = before.notSafe() ? said.stillNotSafe() : said;
        boolean crisisChanged = before.crisis() != readiness.crisis();
        stores.readiness().save(userId, day, readiness, now);
        // A crisis holds every step from its day on, checked in that day or not.
        List<Long> replayed = crisisChanged ? stores.steps().list(userId).stream().map(Step::id).toList()
                : stores.progress().stepsWithHistoryOn(userId, day);
        for (long stepId : replayed) {
            stores.steps().findForUpdate(userId, stepId).ifPresent(step -> stores.keepReplayed(engine, userId, step, now));
        }
    }
}
