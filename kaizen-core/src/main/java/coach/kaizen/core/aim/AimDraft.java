package coach.kaizen.core.aim;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;

/** An aim as the person writes it, checked before it is saved. */
public record AimDraft(String title, AimKind kind, String identity, LocalDate counterFrom) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_IDENTITY = 160;
    /** The earliest day a counter may count from: a lifetime back, and a count that stays readable. */
    public static final LocalDate EARLIEST_COUNTER = LocalDate.of(1900, 1, 1);

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
        if (counterFrom != null && counterFrom.isBefore(EARLIEST_COUNTER)) {
            // ISO days as Strings: the API's words for a day; a page says them as days.
            throw new Refused(Message.of("aims.problem.counterEarliest", EARLIEST_COUNTER.toString(),
                    counterFrom.toString()), "the counter can count from " + EARLIEST_COUNTER + " or a later day");
        }
    }

    public AimDraft(String title, AimKind kind, String identity) {
        this(title, kind, identity, null);
    }

    public AimDraft(String title, AimKind kind) {
        this(title, kind, null, null);
    }
}
