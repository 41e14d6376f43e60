package coach.kaizen.core.experiment;

/** What the person decides when a trial ends. */
public enum Verdict {
    /** The change becomes part of the step. */
    KEEP,
    /** Back to how it was. */
    REVERT,
    /** Neither: another change is worth a try. */
    TRY_ANOTHER
}
