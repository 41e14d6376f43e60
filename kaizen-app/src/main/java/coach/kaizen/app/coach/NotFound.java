package coach.kaizen.app.coach;

/** The person has no such thing; said the same way whether it exists for someone else or not at all. */
public final class NotFound extends RuntimeException {

    public NotFound(String what) {
        super("no " + what + " with that id");
    }
}
