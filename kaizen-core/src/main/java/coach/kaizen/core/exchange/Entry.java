package coach.kaizen.core.exchange;

import coach.kaizen.core.text.Refused;
import java.util.List;

/** One entry of a {@link KaizenDocument}: it checks itself against the app's rules and says its natural key. */
public interface Entry {

    /** Refused when a required field is missing or a value is one the app would not take. */
    void check();

    /**
     * What makes the entry the same one again, with its references as they stand: importing a
     * document twice adds nothing the second time because each entry's key is there already.
     */
    List<Object> key();

    /** {@code value}, which the document must have. */
    static <T> T need(T value, String field) {
        if (value == null) {
            throw new Refused("exchange.problem.missing", field);
        }
        return value;
    }

    /** An entry that belongs to an aim. */
    interface OnAim<T extends OnAim<T>> extends Entry {

        Long aim();

        T onAim(long aim);
    }

    /** An entry that belongs to a step. */
    interface OnStep<T extends OnStep<T>> extends Entry {

        Long step();

        T onStep(long step);
    }
}
