package coach.kaizen.core.text;

/** A value the core will not take, with the words that tell the person why. */
public final class Refused extends IllegalArgumentException {

    private final transient Message message;

    public Refused(String key, Object... args) {
        super(key);
        this.message = Message.of(key, args);
    }

    /**
     * Words the core has always written in English, kept as {@link #getMessage()} (for logs and for
     * the core's own tests, which have no bundles), with the Message a person is told in their language.
     */
    public Refused(Message said, String english) {
        super(english);
        this.message = said;
    }

    public Message said() {
        return message;
    }
}
