package coach.kaizen.core.strength;

/**
 * Loop Habit Tracker's smoothing, so strength reads the same as in Loop: each scheduled day
 * pulls the score toward that day's completion, with a half-life of 13 days for a daily habit.
 */
public final class LoopScore {

    private LoopScore() {
    }

    /** The multiplier for a schedule of {@code frequency} repetitions per day (daily: 1). */
    public static double multiplier(double frequency) {
        return Math.pow(0.5, Math.sqrt(frequency) / 13.0);
    }

    public static double compute(double frequency, double previous, double completion) {
        double m = multiplier(frequency);
        return previous * m + completion * (1 - m);
    }
}
