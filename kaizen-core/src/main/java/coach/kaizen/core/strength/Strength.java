package coach.kaizen.core.strength;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Schedule;
import java.time.LocalDate;

/**
 * A step's strength (0–1) through a given day, and what it was the day before (so a page can
 * show today's change), computed as Loop Habit Tracker does. A day the step is due with nothing
 * recorded counts as not done; a skipped day, or a chosen weekday's day off, leaves it as it
 * was. A single miss never sends it to zero.
 *
 * @param repetitions bit i set: something was done i days before {@code through}; a schedule of
 *                    times in days reads its window from these, a part done counting as done, as
 *                    a checkmark does in Loop
 */
public record Strength(double value, LocalDate through, double dayBefore, long repetitions) {

    private static final double DAILY = 1.0;

    public static final Strength NONE = new Strength(0, null, 0, 0);

    public Strength {
        if (!(value >= 0 && value <= 1) || !(dayBefore >= 0 && dayBefore <= 1)) {
            throw new IllegalArgumentException("strength lies between 0 and 1");
        }
    }

    /** This strength carried to {@code day}, each day since with nothing recorded read by the schedule. */
    public Strength asOf(LocalDate day, Schedule schedule) {
        Strength carried = this;
        for (LocalDate next = through == null ? day.plusDays(1) : through.plusDays(1); !next.isAfter(day);
                next = next.plusDays(1)) {
            carried = carried.quiet(next, schedule);
        }
        return carried;
    }

    /** The strength after a check-in on a day later than {@code through}. */
    public Strength after(CheckIn checkIn, double askedSize, Schedule schedule) {
        LocalDate day = checkIn.day();
        if (through != null && !day.isAfter(through)) {
            throw new IllegalArgumentException("a check-in on " + day + " needs a replay from the start");
        }
        Strength before = through == null ? this : asOf(day.minusDays(1), schedule);
        if (checkIn.outcome() == Outcome.SKIPPED) {
            return before.holding(day, false);
        }
        double completion = completion(checkIn, askedSize);
        return before.counting(day, completion > 0, completion, schedule);
    }

    /** A day with nothing recorded: not done when the step was due, else as it was. */
    private Strength quiet(LocalDate day, Schedule schedule) {
        return schedule.isDue(day) ? counting(day, false, 0, schedule) : holding(day, false);
    }

    private Strength holding(LocalDate day, boolean done) {
        return new Strength(value, day, value, shifted(done));
    }

    private Strength counting(LocalDate day, boolean done, double completion, Schedule schedule) {
        long window = shifted(done);
        double next = schedule instanceof Schedule.TimesInDays times
                ? windowed(new Frequency(times.times(), times.days()), window)
                : LoopScore.compute(DAILY, value, completion);
        return new Strength(next, day, value, window);
    }

    /** As Loop's ScoreList, over the days in the window that something was done. */
    private double windowed(Frequency frequency, long window) {
        int days = ScoreList.windowDays(frequency);
        long lastDays = days >= Long.SIZE ? window : window & ((1L << days) - 1);
        return ScoreList.next(frequency, value, Long.bitCount(lastDays));
    }

    private long shifted(boolean done) {
        return (repetitions << 1) | (done ? 1 : 0);
    }

    /** 1 for done, 0 for missed; a smaller amount than asked counts in proportion. */
    static double completion(CheckIn checkIn, double askedSize) {
        if (checkIn.outcome() != Outcome.DONE) {
            return 0;
        }
        return checkIn.amount() == null ? 1 : Math.min(1, checkIn.amount() / askedSize);
    }
}
