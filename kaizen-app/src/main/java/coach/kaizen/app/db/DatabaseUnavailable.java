package coach.kaizen.app.db;

/** The database could not be opened or migrated; the message says which and why, without secrets. */
public final class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
