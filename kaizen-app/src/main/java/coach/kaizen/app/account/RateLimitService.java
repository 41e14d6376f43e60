package coach.kaizen.app.account;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Secrets;
import coach.kaizen.app.service.WaitFirst;
import coach.kaizen.core.guard.Throttle;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Wrong passwords and sign-ups counted against their {@link Throttle}s, in the database so every
 * instance of the app shares the count. A username is counted as typed (normalised), whether or not
 * an account has it, so the answers never tell which usernames exist.
 */
final class RateLimitService {

    /** What is counted, and against which throttle. */
    enum Kind {
        ACCOUNT(Throttle.ACCOUNT), ADDRESS(Throttle.ADDRESS), SIGN_UP(Throttle.SIGN_UP);

        private final Throttle throttle;

        Kind(Throttle throttle) {
            this.throttle = throttle;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One count: its kind, and its subject as the hash the table keeps. */
    record Counter(Kind kind, String subject) {

        static Counter of(Kind kind, String value) {
            return new Counter(kind, Secrets.hash(kind.code() + ":" + value));
        }
    }

    /** Counts are forgotten this long after their last try. */
    private static final Duration FORGOTTEN_AFTER = Stream.of(Kind.values()).map(kind -> kind.throttle.forgetAfter())
            .max(Comparator.naturalOrder()).orElseThrow();

    private final Database database;
    private final PersonalClock clock;

    RateLimitService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The counts a password guess goes against: the username's, and the client address's when known. */
    static List<Counter> password(String username, String address) {
        Counter account = Counter.of(Kind.ACCOUNT, username);
        return address == null ? List.of(account) : List.of(account, Counter.of(Kind.ADDRESS, address));
    }

    /** The count a sign-up goes against: its client address's, when known. */
    static List<Counter> signUp(String address) {
        return address == null ? List.of() : List.of(Counter.of(Kind.SIGN_UP, address));
    }

    /** Goes ahead quietly, or refuses with the longest wait any of the counts asks for. */
    void mayTry(List<Counter> counters) {
        if (counters.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        Optional<Instant> until = database.read(stores -> counters.stream()
                .flatMap(counter -> stores.rateLimits().find(counter.kind().code(), counter.subject())
                        .flatMap(tries -> counter.kind().throttle.closedUntil(tries.count(), tries.last(), now))
                        .stream())
                .max(Comparator.naturalOrder()));
        if (until.isPresent()) {
            throw WaitFirst.tooManyTries(Duration.between(now, until.get()));
        }
    }

    /** Counts one try against each; counts nobody has added to for an hour are forgotten on the way. */
    void count(List<Counter> counters) {
        if (counters.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        database.transaction(stores -> {
            stores.rateLimits().forgetOlder(now.minus(FORGOTTEN_AFTER));
            for (Counter counter : counters) {
                stores.rateLimits().add(counter.kind().code(), counter.subject(), now,
                        now.minus(counter.kind().throttle.forgetAfter()));
            }
            return null;
        });
    }

    /** A right password: the username's wrong ones are forgotten. */
    void forget(String username) {
        Counter account = Counter.of(Kind.ACCOUNT, username);
        database.transaction(stores -> {
            stores.rateLimits().forget(account.kind().code(), account.subject());
            return null;
        });
    }
}
