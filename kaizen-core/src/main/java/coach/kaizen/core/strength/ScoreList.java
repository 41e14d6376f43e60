package coach.kaizen.core.strength;

/**
 * Loop Habit Tracker's score for any schedule, day by day, as Loop's {@code ScoreList} computes
 * it: each day that is not skipped feeds {@link LoopScore} the share of the schedule met in the
 * window of days ending that day, capped at 1.
 */
public final class ScoreList {

    /**
     * An excused day. It changes no score, and as in Loop it still takes its place in the
     * window, counting as not done. It is NaN, so test for it with {@link Double#isNaN}.
     */
    public static final double SKIP = Double.NaN;

    private ScoreList() {
    }

    /**
     * The score after each of {@code days}, oldest first, starting from 0 before the first. A day
     * holds its completion in [0, 1] (a fraction for a part done, 0 for nothing recorded; only
     * repetitions actually done count, never days Loop fills in as YES_AUTO) or {@link #SKIP}.
     */
    public static double[] scores(Frequency frequency, double[] days) {
        for (double completion : days) {
            if (!Double.isNaN(completion) && !(completion >= 0 && completion <= 1)) {
                throw new IllegalArgumentException("a day's completion lies between 0 and 1, not " + completion);
            }
        }
        int window = windowDays(frequency);
        double[] scores = new double[days.length];
        double score = 0;
        for (int day = 0; day < days.length; day++) {
            if (!Double.isNaN(days[day])) {
                score = next(frequency, score, doneIn(days, day - window + 1, day));
            }
            scores[day] = score;
        }
        return scores;
    }

    /** The days a score looks back over, the day itself included. */
    static int windowDays(Frequency frequency) {
        return frequency.denominator() * stretch(frequency);
    }

    /** The score after a day that is not skipped, with {@code done} repetitions in its window. */
    static double next(Frequency frequency, double previous, double done) {
        double met = Math.min(1, done / (frequency.numerator() * stretch(frequency)));
        return LoopScore.compute(frequency.value(), previous, met);
    }

    /**
     * Loop doubles a non-daily schedule (3 in 7 is read as 6 in 14) so that a weekly habit done
     * on a different weekday each week still meets its schedule in every window.
     */
    private static int stretch(Frequency frequency) {
        return frequency.isDaily() ? 1 : 2;
    }

    /** Repetitions done from day {@code first} to {@code last}, summed afresh so no rounding builds up. */
    private static double doneIn(double[] days, int first, int last) {
        double done = 0;
        for (int day = Math.max(0, first); day <= last; day++) {
            if (!Double.isNaN(days[day])) {
                done += days[day];
            }
        }
        return done;
    }
}
