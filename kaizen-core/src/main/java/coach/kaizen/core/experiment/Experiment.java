package coach.kaizen.core.experiment;

import coach.kaizen.core.text.Refused;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;

/**
 * A change to how a step is done, tried for a number of days.
 *
 * @param verdict null while the trial runs or waits for the person's decision
 */
public record Experiment(long id, long stepId, ExperimentKind kind, String change, LocalDate startDay, int days,
        Verdict verdict, LocalDate decidedOn) {

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 28;
    public static final int MAX_CHANGE = 200;

    public Experiment {
        change = Text.required(change, "change", MAX_CHANGE);
        if (kind == null) {
            throw new Refused("practice.problem.kind");
        }
        if (days < 2 || days > MAX_DAYS) {
            throw new Refused("practice.problem.days", MAX_DAYS);
        }
    }

    /**
     * The first day of a trial started today: today, unless today already belongs elsewhere ({@code
     * todayTaken}): answered before the change, or a day of a trial stopped today. A day counts in one
     * trial at most.
     */
    public static LocalDate firstDay(LocalDate today, boolean todayTaken) {
        return todayTaken ? today.plusDays(1) : today;
    }

    /** The trial's last day. */
    public LocalDate lastDay() {
        return startDay.plusDays(days - 1L);
    }

    /** The trial is over and no decision was made yet. */
    public boolean waitsForVerdict(LocalDate today) {
        return verdict == null && today.isAfter(lastDay());
    }

    /** False on the day it was started when it begins the next day. */
    public boolean hasBegun(LocalDate today) {
        return !today.isBefore(startDay);
    }

    public boolean isRunning(LocalDate today) {
        return verdict == null && !today.isAfter(lastDay());
    }

    /** Decided before its days were over: the person stopped it, and the days after it are not its own. */
    public boolean stoppedEarly() {
        return verdict != null && !decidedOn.isAfter(lastDay());
    }

    /** The last day the trial's days can be read up to by {@code today}: a trial stopped early ends that day. */
    public LocalDate readUntil(LocalDate today) {
        return stoppedEarly() ? decidedOn : today;
    }
}
