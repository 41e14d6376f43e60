package coach.kaizen.app.coach;

import java.util.function.Supplier;

/** Input that breaks a rule of its field (too long, out of range, not a date); the message names the field. */
public final class Invalid extends RuntimeException {

    public Invalid(String message) {
        super(message);
    }

    /** Runs {@code make}, turning a rule a core record enforces into an {@code Invalid} with its message. */
    public static <T> T check(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
    }
}
