package coach.kaizen.core.recovery;

import coach.kaizen.core.text.Text;
import java.time.LocalDate;

/**
 * A tiny recovery win on one day; several a day are welcome.
 *
 * @param text the person's own words for an {@link RecoveryActionKind#OWN} win, else null
 */
public record RecoveryAction(long id, long aimId, LocalDate day, RecoveryActionKind kind, String text) {

    public static final int MAX_TEXT = 120;

    public RecoveryAction {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required (one of the listed wins, or OWN with text)");
        }
        text = kind == RecoveryActionKind.OWN ? Text.required(text, "text", MAX_TEXT) : null;
    }

    /** What the win is called on a page. */
    public String words() {
        return kind == RecoveryActionKind.OWN ? text : kind.words();
    }
}
