package coach.kaizen.core.session;

import coach.kaizen.core.text.Codes;
import java.util.Optional;

/** Where the person is, as the question picker reads it; earlier ones matter more. */
public enum Situation {
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
