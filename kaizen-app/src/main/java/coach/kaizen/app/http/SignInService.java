package coach.kaizen.app.http;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.db.TokenStore.Holder;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Secrets;
import coach.kaizen.core.person.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is signed in: browser sign-ins (a fresh random id at every sign-in, stored hashed, ended at
 * sign-out, after {@link #LIFETIME}, or after the idle timeout without use) and the owners of the
 * API's personal access tokens.
 */
public final class SignInService {

    public static final Duration LIFETIME = Duration.ofDays(30);

    /** A sign-in unused this long ends (KAIZEN_IDLE_TIMEOUT_HOURS changes it). */
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(12);

    /** How often a sign-in's last use is written down: often enough for the idle timeout, rarely enough for reads. */
    public static final Duration SEEN_NOTED_EVERY = Duration.ofMinutes(5);

    /** How often a token's last use is written down: coarse on purpose. */
    public static final Duration USE_NOTED_EVERY = Duration.ofHours(1);

    private final Database database;
    private final PersonalClock clock;
    private final Duration idleTimeout;

    public SignInService(Database database, PersonalClock clock, Duration idleTimeout) {
        this.database = database;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** The id goes in the cookie; the database only ever sees its hash. */
    public record NewSignIn(String id) {
    }

    public NewSignIn start(Person person) {
        String id = Secrets.random();
        Instant now = clock.now();
        database.transaction(stores -> {
            stores.signIns().deleteExpired(now, now.minus(idleTimeout));
            stores.signIns().create(Secrets.hash(id), person.id(), Secrets.random(), now, now.plus(LIFETIME));
            return null;
        });
        return new NewSignIn(id);
    }

    /**
     * The live sign-in with this id. Its use is noted only when the last note is older than
     * {@link #SEEN_NOTED_EVERY}, so reading pages does not write on every request; the idle timeout
     * slides with those notes.
     */
    public Optional<SignedIn> find(String id) {
        Instant now = clock.now();
        String idHash = Secrets.hash(id);
        Optional<SignedIn> found = database.read(stores -> stores.signIns().find(idHash, now, now.minus(idleTimeout)));
        found.filter(who -> who.lastSeenAt().isBefore(now.minus(SEEN_NOTED_EVERY)))
                .ifPresent(who -> database.transaction(stores -> {
                    stores.signIns().seen(idHash, now);
                    return null;
                }));
        return found;
    }

    /**
     * Whose token this is; empty for a token that never existed, was revoked or has expired. Its use
     * is noted only when the last note is older than {@link #USE_NOTED_EVERY}, so reading the API
     * does not write on every call.
     */
    public Optional<Person> tokenOwner(String secret) {
        Instant now = clock.now();
        Optional<Holder> holder = database.read(stores -> stores.tokens().holder(Secrets.hash(secret), now));
        holder.filter(held -> held.lastUsedAt() == null || held.lastUsedAt().isBefore(now.minus(USE_NOTED_EVERY)))
                .ifPresent(held -> database.transaction(stores -> {
                    stores.tokens().used(held.person().id(), held.tokenId(), now);
                    return null;
                }));
        return holder.map(Holder::person);
    }

    public void end(String id) {
        database.transaction(stores -> {
            stores.signIns().delete(Secrets.hash(id));
            return null;
        });
    }
}
