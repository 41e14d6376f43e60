package coach.kaizen.app.service;

import coach.kaizen.core.text.Message;

/** Input that is well formed but cannot be accepted; the message says why, for the person to read. */
public final class Rejected extends Explained {

    public Rejected(Message said) {
        super(said);
    }
}
