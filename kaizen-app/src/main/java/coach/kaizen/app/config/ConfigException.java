package coach.kaizen.app.config;

/** A setting the app cannot start with; its message names the flag or variable to fix. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
