package coach.kaizen.core.strength;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Measure;
import coach.kaizen.core.step.Schedule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A step's strength (0–1) through a given day, and what it was the day before (so a page can
 * show today's change), computed as Loop Habit Tracker does. A day the step is due with nothing
 * recorded counts as not done; a skipped day, or a chosen weekday's day off, leaves it as it
 * was. A single miss never sends it to zero.
 *
 * @param repetitions bit i set: something was done i days before {@code through}; a schedule of
 *                    times in days reads its window from these, a part done counting as done, as
 *                    a checkmark does in Loop
 * @param amounts     for a measured step (one from a numeric Loop habit), the amounts done on the
 *                    last days of its run, newest first: Loop scores the run's total; empty otherwise
 */
public record Strength(double value, LocalDate through, double dayBefore, long repetitions, List<Double> amounts) {

    private static final double DAILY = 1.0;

    public static final Strength NONE = new Strength(0, null, 0, 0);

    public Strength {
        if (!(value >= 0 && value <= 1) || !(dayBefore >= 0 && dayBefore <= 1)) {
            throw new IllegalArgumentException("strength lies between 0 and 1");
        }
        amounts = List.copyOf(amounts);
    }

    /** The strength of a step scored by whether it was done. */
    public Strength(double value, LocalDate through, double dayBefore, long repetitions) {
        this(value, through, dayBefore, repetitions, List.of());
    }

    /** This strength carried to {@code day}, each day since with nothing recorded read by the schedule. */
    public Strength asOf(LocalDate day, Schedule schedule) {
        return asOf(day, schedule, null);
    }

    /** As {@link #asOf(LocalDate, Schedule)}, for a step measured as Loop measures a numeric habit (null: not). */
    public Strength asOf(LocalDate day, Schedule schedule, Measure measure) {
        Strength carried = this;
        for (LocalDate next = through == null ? day.plusDays(1) : through.plusDays(1); !next.isAfter(day);
                next = next.plusDays(1)) {
            carried = carried.quiet(next, schedule, measure);
        }
        return carried;
    }

    /** The strength after a check-in on a day later than {@code through}. */
    public Strength after(CheckIn checkIn, double askedSize, Schedule schedule) {
        return after(checkIn, askedSize, schedule, null);
    }

    /** As {@link #after(CheckIn, double, Schedule)}, for a step measured as Loop measures a numeric habit (null: not). */
    public Strength after(CheckIn checkIn, double askedSize, Schedule schedule, Measure measure) {
        LocalDate day = checkIn.day();
        if (through != null && !day.isAfter(through)) {
            throw new IllegalArgumentException("a check-in on " + day + " needs a replay from the start");
        }
        Strength before = through == null ? this : asOf(day.minusDays(1), schedule, measure);
        if (measure != null) {
            boolean skipped = checkIn.outcome() == Outcome.SKIPPED;
            return before.measured(day, skipped ? 0 : amountDone(checkIn, askedSize), !skipped, schedule, measure);
        }
        if (checkIn.outcome() == Outcome.SKIPPED) {
            return before.holding(day, false);
        }
        double completion = completion(checkIn, askedSize);
        return before.counting(day, completion > 0, completion, schedule);
    }

    /**
     * The days from {@code from} to {@code to}, both included, that something was done, as this
     * strength's window remembers them (a part done counts as done; a day after {@code through}
     * counts as not done). The window reaches back 64 days from {@code through}.
     */
    public int doneBetween(LocalDate from, LocalDate to) {
        if (through == null || to.isBefore(from) || from.isAfter(through)) {
            return 0;
        }
        long newest = Math.max(0, ChronoUnit.DAYS.between(to, through));
        long oldest = ChronoUnit.DAYS.between(from, through);
        if (oldest >= Long.SIZE) {
            throw new IllegalArgumentException("a strength remembers " + Long.SIZE + " days, not back to " + from);
        }
        long span = oldest - newest + 1;
        long mask = span >= Long.SIZE ? -1L : (1L << span) - 1;
        return Long.bitCount((repetitions >>> newest) & mask);
    }

    /** A day with nothing recorded: not done when the step was due, else as it was. */
    private Strength quiet(LocalDate day, Schedule schedule, Measure measure) {
        if (measure != null) {
            return measured(day, 0, true, schedule, measure);
        }
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

    /**
     * As Loop scores a numeric habit: the total of the run of days ending today against the
     * target, each day that is not skipped; a skipped day still takes its place in the run, as
     * nothing done. (Loop adds 0.003 for it, its SKIP value read as an amount; we do not.)
     */
    private Strength measured(LocalDate day, double amount, boolean counted, Schedule schedule, Measure measure) {
        Frequency frequency = schedule instanceof Schedule.TimesInDays times
                ? new Frequency(times.times(), times.days()) : Frequency.DAILY;
        List<Double> run = new ArrayList<>(frequency.denominator());
        run.add(amount);
        run.addAll(amounts.subList(0, Math.min(amounts.size(), frequency.denominator() - 1)));
        double previous = through == null ? measure.startingScore() : value;
        double next = previous;
        if (counted) {
            double total = run.stream().mapToDouble(Double::doubleValue).sum();
            next = LoopScore.compute(frequency.value(), previous, measure.met(total));
        }
        return new Strength(next, day, previous, shifted(amount > 0), run);
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

    /** What a measured step's check-in adds to its run: the amount said, else the size asked; 0 when not done. */
    private static double amountDone(CheckIn checkIn, double askedSize) {
        if (checkIn.outcome() != Outcome.DONE) {
            return 0;
        }
        return checkIn.amount() == null ? askedSize : checkIn.amount();
    }

    /** 1 for done, 0 for missed; a smaller amount than asked counts in proportion. */
    static double completion(CheckIn checkIn, double askedSize) {
        if (checkIn.outcome() != Outcome.DONE) {
            return 0;
        }
        return checkIn.amount() == null ? 1 : Math.min(1, checkIn.amount() / askedSize);
    }
}
