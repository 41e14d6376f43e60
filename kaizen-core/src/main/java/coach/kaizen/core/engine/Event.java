package coach.kaizen.core.engine;

/** How the engine reads one recorded day of a step. */
public enum Event {
    /** Done at the asked size, resistance at or below the easy threshold. */
    EASY,
    /** Done at the asked size, resistance not given. */
    STEADY,
    /** Done at the asked size, with some effort: resistance between easy and hard. */
    EFFORTFUL,
    /** Done, but resistance at or above the hard threshold. */
    HARD,
    /** Done, but less than asked. */
    SHORT,
    /** Not done. */
    MISSED,
    /** A slip on a recovery aim. */
    SLIPPED;

    public boolean isSuccess() {
        return this == EASY || this == STEADY || this == EFFORTFUL;
    }

    /** Days the controller counts against the size: a miss, doing less, or a slip. */
    public boolean isMiss() {
        return this == SHORT || this == MISSED || this == SLIPPED;
    }
}
