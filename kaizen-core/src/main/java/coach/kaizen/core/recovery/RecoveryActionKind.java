package coach.kaizen.core.recovery;

/** The tiny wins of recovery that can be logged in one tap, and the person's own. */
public enum RecoveryActionKind {
    BREATHING("A minute of breathing before reacting"),
    HEALTHY_CHOICE("A healthy choice in a stressful moment"),
    HONEST_TALK("An honest conversation"),
    BOUNDARY("A boundary set"),
    CRAVING_RESISTED("A craving resisted"),
    NEW_PERSPECTIVE("A new perspective"),
    SELF_RESPECT("An act of self-respect"),
    /** In the person's own words. */
    OWN(null);

    private final String words;

    RecoveryActionKind(String words) {
        this.words = words;
    }

    /** How the win reads; null for {@link #OWN}, whose words are the person's. */
    public String words() {
        return words;
    }
}
