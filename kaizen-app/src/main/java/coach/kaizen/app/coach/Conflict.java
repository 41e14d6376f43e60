package coach.kaizen.app.coach;

/** The request clashes with what is already there, such as a username someone else has. */
public final class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
