package coach.kaizen.app.config;

import coach.kaizen.app.service.Explained;
import coach.kaizen.core.text.Message;

/** A setting the app cannot start with; its message names the flag or variable to fix. */
public final class ConfigException extends Explained {

    public ConfigException(Message said) {
        super(said);
    }
}
