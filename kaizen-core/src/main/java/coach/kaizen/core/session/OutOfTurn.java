package coach.kaizen.core.session;

import coach.kaizen.core.text.Message;

/** A move the day's session does not take now, with the words that tell the person why. */
public final class OutOfTurn extends IllegalStateException {

    private final transient Message said;

    OutOfTurn(String key, Object... args) {
        super(key);
        this.said = Message.of(key, args);
    }

    public Message said() {
        return said;
    }
}
