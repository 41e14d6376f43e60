package coach.kaizen.core.recovery;

import coach.kaizen.core.text.Codes;
import coach.kaizen.core.text.Message;

/** The tiny wins of recovery that can be logged in one tap, and the person's own. */
public enum RecoveryActionKind {
    BREATHING,
    HEALTHY_CHOICE,
    HONEST_TALK,
    BOUNDARY,
    CRAVING_RESISTED,
    NEW_PERSPECTIVE,
    SELF_RESPECT,
    /** In the person's own words. */
    OWN;

    /**
     * How the win reads ("recovery.win.boundary": "A boundary set"); null for {@link #OWN}, whose
     * words are the person's.
     */
    public Message words() {
        return this == OWN ? null : Message.of("recovery.win." + Codes.of(this));
    }
}
