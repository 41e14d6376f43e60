package coach.kaizen.core.experiment;

/** What about how a step is done an experiment changes. */
public enum ExperimentKind {
    TIME,
    PLACE,
    /** A kept anchor becomes the step's anchor. */
    ANCHOR,
    PREPARATION
}
