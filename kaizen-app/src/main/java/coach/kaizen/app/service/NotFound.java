package coach.kaizen.app.service;

import coach.kaizen.core.text.Message;

/** The person has no such thing; said the same way whether it exists for someone else or not at all. */
public final class NotFound extends Explained {

    /** {@code what} names the thing: aim, step, slip … (each has its words, "problem.notFound.aim"). */
    public NotFound(String what) {
        super(Message.of("problem.notFound." + what));
    }
}
