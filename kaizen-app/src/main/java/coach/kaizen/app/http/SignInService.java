package coach.kaizen.app.http;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Secrets;
import coach.kaizen.core.person.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is signed in: browser sign-ins (a fresh random id at every sign-in, stored hashed, ended at
 * sign-out) and the owners of the API's personal access tokens.
 */
public final class SignInService {

    public static final Duration LIFETIME = Duration.ofDays(30);

    private final Database database;
    private final PersonalClock clock;

    public SignInService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The id goes in the cookie; the database only ever sees its hash. */
    public record NewSignIn(String id) {
    }

    public NewSignIn start(Person person) {
        String id = Secrets.random();
        Instant now = clock.now();
        database.transaction(stores -> {
            stores.signIns().deleteExpired(now);
            stores.signIns().create(Secrets.hash(id), person.id(), Secrets.random(), now, now.plus(LIFETIME));
            return null;
        });
        return new NewSignIn(id);
    }

    public Optional<SignedIn> find(String id) {
        return database.read(stores -> stores.signIns().find(Secrets.hash(id), clock.now()));
    }

    /** Whose token this is; empty for a token that never existed or was revoked. */
    public Optional<Person> tokenOwner(String secret) {
        return database.read(stores -> stores.tokens().owner(Secrets.hash(secret)));
    }

    public void end(String id) {
        database.transaction(stores -> {
            stores.signIns().delete(Secrets.hash(id));
            return null;
        });
    }
}
