package coach.kaizen.app.steps;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.List;

/** A person's aims. */
public final class AimService {

    private final Database database;
    private final PersonalClock clock;

    public AimService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Aim create(Person person, AimDraft draft) {
        checkCounter(person, draft);
        return database.transaction(stores -> stores.aims().create(person.id(), draft, clock.now()));
    }

    public List<Aim> list(Person person) {
        return database.read(stores -> stores.aims().list(person.id()));
    }

    public Aim find(Person person, long aimId) {
        return database.read(stores -> stores.aims().find(person.id(), aimId)).orElseThrow(() -> new NotFound("aim"));
    }

    public Aim update(Person person, long aimId, AimDraft draft) {
        checkCounter(person, draft);
        return database.transaction(stores -> stores.aims().update(person.id(), aimId, draft))
                .orElseThrow(() -> new NotFound("aim"));
    }

    /** A days-since counter counts from today or an earlier day of the person's. */
    private void checkCounter(Person person, AimDraft draft) {
        if (draft.counterFrom() == null) {
            return;
        }
        LocalDate today = clock.today(person);
        if (draft.counterFrom().isAfter(today)) {
            // ISO days as Strings: the API's words for a day, the same in every language.
            throw new Rejected(Message.of("aims.problem.counterFrom", today.toString(),
                    draft.counterFrom().toString()));
        }
    }

    /** Deletes the aim with its steps and their check-ins. */
    public void delete(Person person, long aimId) {
        if (!database.transaction(stores -> stores.aims().delete(person.id(), aimId))) {
            throw new NotFound("aim");
        }
    }
}
