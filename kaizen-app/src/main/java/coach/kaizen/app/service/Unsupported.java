package coach.kaizen.app.service;

import coach.kaizen.core.text.Message;

/** A request body of a kind the route does not take; the message names the kinds it does. */
public final class Unsupported extends Explained {

    public Unsupported(Message said) {
        super(said);
    }
}
