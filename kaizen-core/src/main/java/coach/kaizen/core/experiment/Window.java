package coach.kaizen.core.experiment;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How steps went over a run of days, counted plainly.
 *
 * @param dueDays        days a step was planned (a step counts from its first day)
 * @param done           of those, days done
 * @param meanResistance the mean resistance said, or null when none was
 */
public record Window(LocalDate from, LocalDate to, int dueDays, int done, Double meanResistance) {

    public static Window of(LocalDate from, LocalDate to, List<StepHistory> steps) {
        return of(from, to, steps, to.plusDays(1));
    }

    /**
     * The same, where {@code today} counts for a step once something is said of that step: a day going on is
     * no day missed yet.
     */
    static Window of(LocalDate from, LocalDate to, List<StepHistory> steps, LocalDate today) {
        int due = 0;
        for (StepHistory history : steps) {
            boolean todaySaid = history.between(today, today).findAny().isPresent();
            LocalDate end = todaySaid || to.isBefore(today) ? to : today.minusDays(1);
            for (LocalDate day = from; !day.isAfter(end); day = day.plusDays(1)) {
                if (!day.isBefore(history.step().startDay()) && history.step().schedule().isDue(day)) {
                    due++;
                }
            }
        }
        int done = (int) steps.stream().flatMap(history -> history.between(from, to))
                .filter(checkIn -> checkIn.outcome() == Outcome.DONE).count();
        OptionalDouble resistance = steps.stream().flatMap(history -> history.between(from, to))
                .map(CheckIn::resistance).filter(r -> r != null).mapToInt(Integer::intValue).average();
        return new Window(from, to, due, done, resistance.isPresent() ? resistance.getAsDouble() : null);
    }

    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    /** Done days over planned days, or null before anything was planned. */
    public Double completion() {
        return dueDays == 0 ? null : Math.min(1.0, done / (double) dueDays);
    }
}
