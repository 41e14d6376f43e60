package coach.kaizen.core.aim;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;

/** An aim as the person writes it, checked before it is saved. */
public record AimDraft(String title, AimKind kind, String identity, LocalDate counterFrom) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_IDENTITY = 160;

    public AimDraft {
        title = Text.required(title, "title", MAX_TITLE);
        identity = Text.optional(identity, "identity", MAX_IDENTITY);
        if (kind == null) {
            throw new Refused(Message.of("aims.problem.kind"), "kind is required (BUILD or RECOVER)");
        }
        if (counterFrom != null && kind != AimKind.RECOVER) {
            throw new Refused(Message.of("aims.problem.counterKind"),
                    "a days-since counter goes with a recovery aim (kind RECOVER)");
        }
    }

    public AimDraft(String title, AimKind kind, String identity) {
        this(title, kind, identity, null);
    }

    public AimDraft(String title, AimKind kind) {
        this(title, kind, null, null);
    }
}
