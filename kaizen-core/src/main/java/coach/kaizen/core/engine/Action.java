package coach.kaizen.core.engine;

/** What a proposal asks of the person, compared with the size they last saw. */
public enum Action {
    HOLD,
    GROW,
    SHRINK,
    /** A hard day: the smallest version of the step, which counts fully. */
    FLOOR
}
