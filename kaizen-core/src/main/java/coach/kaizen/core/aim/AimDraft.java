package coach.kaizen.core.aim;

import coach.kaizen.core.text.Text;

/** An aim as the person writes it, checked before it is saved. */
public record AimDraft(String title, AimKind kind, String identity) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_IDENTITY = 160;

    public AimDraft {
        title = Text.required(title, "title", MAX_TITLE);
        identity = Text.optional(identity, "identity", MAX_IDENTITY);
        if (kind == null) {
            throw new IllegalArgumentException("kind is required (BUILD or RECOVER)");
        }
    }

    public AimDraft(String title, AimKind kind) {
        this(title, kind, null);
    }
}
