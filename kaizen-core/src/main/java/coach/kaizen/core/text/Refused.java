package coach.kaizen.core.text;

/** A value the core will not take, with the words that tell the person why. */
public final class Refused extends IllegalArgumentException {

    private final transient Message message;

    public Refused(String key, Object... args) {
        super(key);
        this.message = Message.of(key, args);
    }

    public Message said() {
        return message;
    }
}
