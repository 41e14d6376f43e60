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
    HOLD_AFTER_HARD_DAY,
    HOLD_AFTER_SHORT_DAY,
    SHRINK_AFTER_MISSES,
    SHRINK_AFTER_HARD_DAY,
    SHRINK_AFTER_SHORT_DAY,
    ADJUSTED
}
