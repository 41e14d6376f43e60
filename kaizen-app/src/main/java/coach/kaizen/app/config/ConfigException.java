package coach.kaizen.app.config;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.core.text.Message;

/**
 * A setting the app cannot start with; its message names the flag or variable to fix. The
 * command line says {@link #said()} in its own language; {@link #getMessage()} is the English.
 */
public final class ConfigException extends RuntimeException {

    private final transient Message message;

    public ConfigException(Message message) {
        super(Catalog.shipped().texts(Catalog.ENGLISH).say(message));
        this.message = message;
    }

    /** Words that are English in every language: only for callers not yet moved to a {@link Message}. */
    public ConfigException(String english) {
        this(Message.of("cli.problem.plain", english));
    }

    public Message said() {
        return message;
    }
}
