package coach.kaizen.app.service;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.core.text.Message;

/** A refusal that tells the person why, in words their language can say. */
public abstract class Explained extends RuntimeException {

    private final transient Message said;

    /** The message, as {@link #getMessage()} gives it (to logs and tests), is the English words. */
    protected Explained(Message said) {
        super(Catalog.shipped().texts(Catalog.ENGLISH).say(said));
        this.said = said;
    }

    public Message said() {
        return said;
    }
}
