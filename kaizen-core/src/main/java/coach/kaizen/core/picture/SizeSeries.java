package coach.kaizen.core.picture;

import coach.kaizen.core.engine.UpDownController;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.step.Sizing;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A step's size beside the 1%-a-day curve from the same start: a reference line, never a
 * promise (docs/engine.md §3).
 *
 * @param days        each check-in up to today: the size asked and the size done
 * @param curve       the start size grown 1% a day, one point a day from the step's start; none for a ladder
 * @param compounding the honest numbers beside it; null for a ladder, whose rungs are words, not amounts
 */
public record SizeSeries(List<Size> days, List<Point> curve, Compounding compounding) {

    /** The days of the honest sum: 1.01^365 ≈ 37.8. */
    public static final int YEAR = 365;

    public SizeSeries {
        days = List.copyOf(days);
        curve = List.copyOf(curve);
    }

    /** @param done the size done, null when the step was not done */
    public record Size(LocalDate day, double asked, Double done) {
    }

    /**
     * "Growing 1% every day from 2 minutes would ask 76 minutes a year later; you are at 7."
     *
     * @param yearOn what 1% a day from the start would ask {@link #YEAR} days after it, rounded to
     *               the nearest quantum as the coach rounds a size (2 minutes: 75.57, so 76)
     * @param today  the size the step is at today ({@link Replay#sizeOn})
     */
    public record Compounding(double start, double yearOn, double today) {
    }

    public static SizeSeries of(Replay replay, LocalDate today) {
        Sizing sizing = replay.step().sizing();
        List<Size> days = replay.days().stream().filter(day -> !day.checkIn().day().isAfter(today))
                .map(day -> new Size(day.checkIn().day(), day.asked().size(), day.sizeDone())).toList();
        if (sizing.isLadder()) {
            return new SizeSeries(days, List.of(), null);
        }
        LocalDate start = replay.step().startDay();
        List<Point> curve = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            long grown = ChronoUnit.DAYS.between(start, day);
            curve.add(new Point(day, sizing.start() * Math.exp(UpDownController.ONE_PERCENT * grown)));
        }
        // The curve is no proposal, so no ceiling holds it back.
        Sizing uncapped = new Sizing(sizing.start(), sizing.unit(), sizing.quantum(), sizing.floor(), null);
        double yearOn = uncapped.show(sizing.startLevel() + UpDownController.ONE_PERCENT * YEAR);
        return new SizeSeries(days, curve, new Compounding(sizing.start(), yearOn, replay.sizeOn(today)));
    }
}
