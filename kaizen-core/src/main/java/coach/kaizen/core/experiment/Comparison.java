package coach.kaizen.core.experiment;

import coach.kaizen.core.progress.StepHistory;
import java.time.LocalDate;
import java.util.List;

/**
 * Days after a change set beside the same number of days before it. Only counts: with so few
 * days, no difference can be called real, and the words shown say so.
 */
public record Comparison(Window before, Window after) {

    /** Fewer planned days than this on either side, and the numbers are read as a hint only. */
    public static final int FEW_DAYS = 14;

    /**
     * {@code days} days from {@code change} (cut at {@code today}) against as many days before the change.
     * {@code today} counts, for each step, once something is said of that step: a day going on is no day
     * missed yet.
     */
    public static Comparison around(LocalDate change, int days, LocalDate today, List<StepHistory> steps) {
        LocalDate lastAfter = change.plusDays(days - 1L);
        boolean todaySaid = steps.stream().anyMatch(history -> history.between(today, today).findAny().isPresent());
        LocalDate last = lastAfter.isBefore(today) ? lastAfter : todaySaid ? today : today.minusDays(1);
        // No days yet (a trial begun today or tomorrow): an empty window ending the day before the change.
        Window after = Window.of(change, last.isBefore(change) ? change.minusDays(1) : last, steps, today);
        Window before = Window.of(change.minusDays(after.days()), change.minusDays(1), steps, today);
        return new Comparison(before, after);
    }

    public boolean fewDays() {
        return before.dueDays() < FEW_DAYS || after.dueDays() < FEW_DAYS;
    }
}
