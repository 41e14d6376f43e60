package coach.kaizen.app.coach;

/** Input that is well formed but cannot be accepted; the message says why, for the person to read. */
public final class Rejected extends RuntimeException {

    public Rejected(String message) {
        super(message);
    }
}
