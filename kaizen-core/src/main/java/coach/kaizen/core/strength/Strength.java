package coach.kaizen.core.strength;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A daily step's strength (0–1) through a given day, and what it was the day before (so a
 * page can show today's change). Days without a check-in count as not done, as in Loop; a
 * skipped day leaves it as it was. A single miss never sends it to zero.
 */
public record Strength(double value, LocalDate through, double dayBefore) {

    private static final double DAILY = 1.0;

    public static final Strength NONE = new Strength(0, null, 0);

    public Strength {
        if (!(value >= 0 && value <= 1) || !(dayBefore >= 0 && dayBefore <= 1)) {
            throw new IllegalArgumentException("strength lies between 0 and 1");
        }
    }

    /** This strength carried to {@code day}, counting each unrecorded day since as not done. */
    public Strength asOf(LocalDate day) {
        if (through == null || !day.isAfter(through)) {
            return this;
        }
        long quietDays = ChronoUnit.DAYS.between(through, day);
        double multiplier = LoopScore.multiplier(DAILY);
        return new Strength(value * Math.pow(multiplier, quietDays), day, value * Math.pow(multiplier, quietDays - 1));
    }

    /** The strength after a check-in on a day later than {@code through}. */
    public Strength after(CheckIn checkIn, double askedSize) {
        LocalDate day = checkIn.day();
        if (through != null && !day.isAfter(through)) {
            throw new IllegalArgumentException("a check-in on " + day + " needs a replay from the start");
        }
        Strength before = through == null ? this : asOf(day.minusDays(1));
        if (checkIn.outcome() == Outcome.SKIPPED) {
            return new Strength(before.value, day, before.value);
        }
        return new Strength(LoopScore.compute(DAILY, before.value, completion(checkIn, askedSize)), day, before.value);
    }

    /** 1 for done, 0 for missed; a smaller amount than asked counts in proportion. */
    static double completion(CheckIn checkIn, double askedSize) {
        if (checkIn.outcome() != Outcome.DONE) {
            return 0;
        }
        return checkIn.amount() == null ? 1 : Math.min(1, checkIn.amount() / askedSize);
    }
}
