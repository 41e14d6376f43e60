package coach.kaizen.app.service;

import coach.kaizen.core.text.Message;

/** The request clashes with what is already there, such as a username someone else has. */
public final class Conflict extends Explained {

    public Conflict(Message said) {
        super(said);
    }
}
