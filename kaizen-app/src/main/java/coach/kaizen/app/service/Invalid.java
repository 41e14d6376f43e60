package coach.kaizen.app.service;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.util.function.Supplier;

/** Input that breaks a rule of its field (too long, out of range, not a date); the message names the field. */
public final class Invalid extends Explained {

    public Invalid(Message said) {
        super(said);
    }

    /** Runs {@code make}, turning a rule a core record enforces into an {@code Invalid} with its message. */
    public static <T> T check(Supplier<T> make) {
        try {
            return make.get();
        } catch (Refused e) {
            throw new Invalid(e.said());
        } catch (IllegalArgumentException e) {
            // A rule the core states only in English (such as Person's day-start hour).
            throw new Invalid(Message.of("problem.asWritten", e.getMessage()));
        }
    }
}
