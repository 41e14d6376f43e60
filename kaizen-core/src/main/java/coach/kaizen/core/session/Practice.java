package coach.kaizen.core.session;

import coach.kaizen.core.text.Codes;
import java.util.Optional;

/** What a question works on: one of the practices beyond the step itself. */
public enum Practice {
    SHRINK,
    ONE_PERCENT,
    OBSTACLES,
    PROCESS,
    CONSISTENCY,
    IDENTITY,
    RECOVERY;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<Practice> ofCode(String code) {
        return Codes.find(Practice.class, code);
    }
}
