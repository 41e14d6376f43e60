package coach.kaizen.core.session;

import coach.kaizen.core.text.Codes;
import java.util.Optional;

/** The parts of the daily session, in the order they come. */
public enum Part {
    ARRIVE,
    LOOK_BACK,
    TODAY,
    QUESTION,
    OBSTACLE,
    EXPERIMENT,
    CLOSE;

    /** The part as written in addresses and the API: {@code look-back}. */
    public String code() {
        return Codes.of(this);
    }

    public static Optional<Part> ofCode(String code) {
        return Codes.find(Part.class, code);
    }
}
