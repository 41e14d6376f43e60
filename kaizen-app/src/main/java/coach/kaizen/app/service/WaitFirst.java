package coach.kaizen.app.service;

import coach.kaizen.core.text.Message;
import java.time.Duration;

/**
 * Not now: too many tries in a short time (answered 429 with {@code Retry-After}), or too many
 * password checks already waiting their turn. Says when to try again, never why it might be someone's fault.
 */
public final class WaitFirst extends Explained {

    /** How long a caller waits when the password checks are all taken. */
    public static final Duration BUSY = Duration.ofSeconds(5);

    private final transient Duration wait;

    private WaitFirst(Message said, Duration wait) {
        super(said);
        this.wait = wait;
    }

    /** Tries are paused for {@code wait}: said in seconds under a minute, else in minutes rounded up. */
    public static WaitFirst tooManyTries(Duration wait) {
        long seconds = seconds(wait);
        return new WaitFirst(seconds < 60 ? Message.of("problem.waitSeconds", seconds)
                : Message.of("problem.waitMinutes", (seconds + 59) / 60), wait);
    }

    /** Every password check is taken and the line is full: a few seconds, then again. */
    public static WaitFirst busy() {
        return new WaitFirst(Message.of("problem.busy", seconds(BUSY)), BUSY);
    }

    /** Whole seconds to wait, at least one: what {@code Retry-After} says. */
    public long retryAfterSeconds() {
        return seconds(wait);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }
}
