package coach.kaizen.core.strength;

/**
 * A schedule of {@code numerator} repetitions every {@code denominator} days, as Loop Habit
 * Tracker stores it. As in Loop, n times in n days is the daily schedule.
 */
public record Frequency(int numerator, int denominator) {

    public static final Frequency DAILY = new Frequency(1, 1);

    public Frequency {
        if (numerator < 1 || numerator > denominator || denominator > 365) {
            throw new IllegalArgumentException(
                    "a schedule is 1 to 365 repetitions in at most 365 days, not " + numerator + " in " + denominator);
        }
        if (numerator == denominator) {
            numerator = 1;
            denominator = 1;
        }
    }

    /** Repetitions per day: the {@code frequency} that {@link LoopScore} takes. */
    public double value() {
        return (double) numerator / denominator;
    }

    public boolean isDaily() {
        return denominator == 1;
    }
}
