package coach.kaizen.core.guard;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many tries in a row may go wrong before the next one has to wait, and how long: the first
 * {@code free} are free, then each waits twice as long as the one before (1 s, 2 s, 4 s, …, never
 * more than the lock), and from {@code lockAt} on every try waits the whole {@code lockFor}. Tries
 * are forgotten once {@code forgetAfter} has passed since the last one.
 *
 * @param free        tries counted before any wait
 * @param lockAt      tries counted from which each waits the whole lock
 * @param lockFor     the longest wait: the temporary lock
 * @param forgetAfter quiet time after which the count starts again; at least {@code lockFor}
 */
public record Throttle(int free, int lockAt, Duration lockFor, Duration forgetAfter) {

    /** Wrong passwords for one username, as typed (known or not). */
    public static final Throttle ACCOUNT = new Throttle(5, 10, Duration.ofMinutes(15), Duration.ofHours(1));

    /** Wrong passwords from one client address, whatever the username: generous for a shared network. */
    public static final Throttle ADDRESS = new Throttle(20, 50, Duration.ofMinutes(15), Duration.ofHours(1));

    /** Sign-ups from one client address, each one counted: they could be used to test which usernames exist. */
    public static final Throttle SIGN_UP = new Throttle(20, 60, Duration.ofHours(1), Duration.ofHours(1));

    public Throttle {
        if (free < 0 || lockAt <= free || lockFor.isNegative() || lockFor.isZero() || forgetAfter.compareTo(lockFor) < 0) {
            throw new IllegalArgumentException("a throttle needs 0 <= free < lockAt and 0 < lockFor <= forgetAfter");
        }
    }

    /** The wait after {@code tries} counted tries. */
    public Duration waitAfter(int tries) {
        if (tries < free) {
            return Duration.ZERO;
        }
        if (tries >= lockAt) {
            return lockFor;
        }
        int doublings = tries - free;
        Duration growing = doublings >= 62 ? lockFor : Duration.ofSeconds(1L << doublings);
        return growing.compareTo(lockFor) < 0 ? growing : lockFor;
    }

    /** The count after {@code tries} tries, the last at {@code last}: nothing once they are forgotten. */
    public int counted(int tries, Instant last, Instant now) {
        return forgotten(last, now) ? 0 : tries;
    }

    /**
     * Until when the next try must wait, when it must; empty when it may go ahead now. A last try
     * later than {@code now} (another instance's clock a little ahead) is taken as made now, so no
     * wait is ever longer than the throttle's own.
     */
    public Optional<Instant> closedUntil(int tries, Instant last, Instant now) {
        Instant from = last.isAfter(now) ? now : last;
        Instant until = from.plus(waitAfter(counted(tries, from, now)));
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Whether tries last made at {@code last} are forgotten by {@code now}. */
    public boolean forgotten(Instant last, Instant now) {
        return !last.plus(forgetAfter).isAfter(now);
    }
}
