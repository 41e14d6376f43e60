package coach.kaizen.core.picture;

/** How one day of a step looks on the calendar. */
public enum DayMark {
    /** Done. */
    DONE,
    /** Done at the floor: the smallest version, which counts fully. */
    FLOOR,
    MISSED,
    /** Excused: ill, travelling. */
    SKIPPED,
    SLIP,
    /** Before the step began. */
    BEFORE_START,
    /** Not a day the step is for: a weekday off, or any quiet day of "N times in D days". */
    NOT_DUE,
    /** A past day the step was for, with nothing said. */
    UNSAID,
    /** Today with nothing said yet, or a day still to come. */
    FUTURE
}
