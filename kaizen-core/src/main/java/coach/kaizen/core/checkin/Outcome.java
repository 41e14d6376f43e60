package coach.kaizen.core.checkin;

/** What happened with a step on one day. */
public enum Outcome {
    /** The step was done (perhaps with an amount). */
    DONE,
    /** It did not happen today. */
    MISSED,
    /** An excused day (ill, travelling): it changes nothing. */
    SKIPPED,
    /** On a recovery aim: a slip. Counted like a miss, never as a verdict. */
    SLIP
}
