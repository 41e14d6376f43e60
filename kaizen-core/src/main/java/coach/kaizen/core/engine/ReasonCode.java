package coach.kaizen.core.engine;

/** The situations a proposal can be explained by. */
public enum ReasonCode {
    FIRST_DAY,
    HARD_DAY_FLOOR,
    GROW_AFTER_EASY_DAYS,
    GROW_AFTER_DONE_DAYS,
    HOLD_STEADY,
    HOLD_AT_CEILING,
    HOLD_AFTER_MISS,
    HOLD_AFTER_EFFORT,
    HOLD_AFTER_HARD_DAY,
    HOLD_AFTER_SHORT_DAY,
    SHRINK_AFTER_MISSES,
    SHRINK_AFTER_HARD_DAY,
    SHRINK_AFTER_SHORT_DAY,
    /** The person chose a smaller size, and the coach keeps to it for a week. */
    YOUR_CHOICE,
    /** After a slip: nothing bigger for a week. */
    AFTER_SLIP,
    /** The person said they were not safe: no growth for 72 hours. */
    CRISIS_PAUSE,
    /** This weekday has gone less well for the person than their others, so its step is smaller. */
    HARDER_WEEKDAY,
    ADJUSTED
}
