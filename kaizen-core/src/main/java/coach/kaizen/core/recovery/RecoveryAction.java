package coach.kaizen.core.recovery;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
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
            throw new Refused("recovery.problem.kind");
        }
        text = kind == RecoveryActionKind.OWN ? Text.required(text, "text", MAX_TEXT) : null;
    }

    /** What the win is called on a page: the person's own words as they wrote them, or the listed win's. */
    public Message words() {
        return kind == RecoveryActionKind.OWN ? Message.of("recovery.win.own", text) : kind.words();
    }
}
