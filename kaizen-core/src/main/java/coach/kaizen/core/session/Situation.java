package coach.kaizen.core.session;

import coach.kaizen.core.text.Codes;
import java.util.Optional;

/** Where the person is, as the question picker reads it; earlier ones matter more. */
public enum Situation {
    /** No step made yet: a question about "your step" has nothing to be about. */
    NO_STEP,
    AFTER_SLIP,
    AFTER_MISS,
    FIRST_WEEK,
    PLATEAU,
    GOOD_RUN;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<Situation> ofCode(String code) {
        return Codes.find(Situation.class, code);
    }
}
