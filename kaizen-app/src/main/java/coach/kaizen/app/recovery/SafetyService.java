package coach.kaizen.app.recovery;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.recovery.EarnedStrength;
import coach.kaizen.core.recovery.SafetyPlan;
import java.util.List;

/** What a person keeps for hard moments: their safety plan and the strengths they have already earned. */
public final class SafetyService {

    private final Database database;
    private final PersonalClock clock;

    public SafetyService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The person's plan; empty parts until they write them. */
    public SafetyPlan plan(Person person) {
        return database.read(stores -> stores.safety().plan(person.id()).orElse(SafetyPlan.EMPTY));
    }

    public SafetyPlan savePlan(Person person, SafetyPlan plan) {
        return database.transaction(stores -> {
            stores.safety().savePlan(person.id(), plan, clock.now());
            return stores.safety().plan(person.id()).orElseThrow();
        });
    }

    public List<EarnedStrength> strengths(Person person) {
        return database.read(stores -> stores.safety().strengths(person.id()));
    }

    public EarnedStrength addStrength(Person person, String name, String evidence) {
        EarnedStrength strength = Invalid.check(() -> new EarnedStrength(0, name, evidence));
        return database.transaction(stores -> stores.safety().addStrength(person.id(), strength, clock.now()));
    }

    public void deleteStrength(Person person, long strengthId) {
        boolean deleted = database.transaction(stores -> stores.safety().deleteStrength(person.id(), strengthId));
        if (!deleted) {
            throw new NotFound("strength");
        }
    }
}
