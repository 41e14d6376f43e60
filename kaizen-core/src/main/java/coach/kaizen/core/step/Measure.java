package coach.kaizen.core.step;

/**
 * How Loop Habit Tracker scores a numeric habit, kept for a step brought over from Loop so its
 * strength reads as Loop's score: the amounts done in the schedule's run of days, against a
 * target to reach ({@link Kind#AT_LEAST}) or to stay under ({@link Kind#AT_MOST}).
 *
 * @param target the amount for the run of days, in the step's unit (Loop's target value)
 */
public record Measure(Kind kind, double target) {

    public enum Kind { AT_LEAST, AT_MOST }

    public Measure {
        if (kind == null || !Double.isFinite(target) || target < 0) {
            throw new IllegalArgumentException("a measure has a kind and a target of zero or more, not " + target);
        }
    }

    /** The share of the run met by {@code total} done in it, as Loop reads it: 0 to 1. */
    public double met(double total) {
        if (kind == Kind.AT_LEAST) {
            return target > 0 ? Math.min(1, total / target) : 1;
        }
        if (target > 0) {
            return Math.max(0, Math.min(1, 1 - (total - target) / target));
        }
        return total > 0 ? 0 : 1;
    }

    /** Where Loop starts the score: staying under a limit starts full, since nothing is over it yet. */
    public double startingScore() {
        return kind == Kind.AT_MOST ? 1 : 0;
    }
}
