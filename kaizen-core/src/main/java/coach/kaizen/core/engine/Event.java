package coach.kaizen.core.engine;

/** How the engine reads one recorded day of a step. */
public enum Event {
    /** Done at the asked size, resistance at or below the easy threshold. */
    EASY,
    /** Done at the asked size, resistance in the middle or not given. */
    STEADY,
    /** Done, but resistance at or above the hard threshold. */
    HARD,
    /** Done, but less than asked. */
    SHORT,
    /** Not done. */
    MISSED;

    public boolean isSuccess() {
        return this == EASY || this == STEADY;
    }
}
