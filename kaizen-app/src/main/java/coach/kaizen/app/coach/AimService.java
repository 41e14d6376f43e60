package coach.kaizen.app.coach;

import coach.kaizen.app.db.Database;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import java.util.List;

/** A person's aims. */
public final class AimService {

    private final Database database;
    private final PersonalClock clock;

    public AimService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Aim create(long userId, AimDraft draft) {
        return database.transaction(stores -> stores.aims().create(userId, draft, clock.now()));
    }

    public List<Aim> list(long userId) {
        return database.read(stores -> stores.aims().list(userId));
    }

    public Aim find(long userId, long aimId) {
        return database.read(stores -> stores.aims().find(userId, aimId)).orElseThrow(() -> new NotFound("aim"));
    }

    public Aim update(long userId, long aimId, AimDraft draft) {
        return database.transaction(stores -> stores.aims().update(userId, aimId, draft))
                .orElseThrow(() -> new NotFound("aim"));
    }

    /** Deletes the aim with its steps and their check-ins. */
    public void delete(long userId, long aimId) {
        if (!database.transaction(stores -> stores.aims().delete(userId, aimId))) {
            throw new NotFound("aim");
        }
    }
}
