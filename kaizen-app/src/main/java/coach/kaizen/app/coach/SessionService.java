package coach.kaizen.app.coach;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.SessionStore.SignedIn;
import coach.kaizen.core.person.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Browser sign-in sessions: a fresh random id at every sign-in, stored hashed, ended at sign-out. */
public final class SessionService {

    public static final Duration LIFETIME = Duration.ofDays(30);

    private final Database database;
    private final PersonalClock clock;

    public SessionService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The id goes in the cookie; the database only ever sees its hash. */
    public record NewSession(String id) {
    }

    public NewSession start(Person person) {
        String id = Secrets.random();
        Instant now = clock.now();
        database.transaction(stores -> {
            stores.sessions().deleteExpired(now);
            stores.sessions().create(Secrets.hash(id), person.id(), Secrets.random(), now, now.plus(LIFETIME));
            return null;
        });
        return new NewSession(id);
    }

    public Optional<SignedIn> find(String id) {
        return database.read(stores -> stores.sessions().find(Secrets.hash(id), clock.now()));
    }

    public void end(String id) {
        database.transaction(stores -> {
            stores.sessions().delete(Secrets.hash(id));
            return null;
        });
    }
}
