package coach.kaizen.core.progress;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A step's progress as kept, and the progress its last day's check-in was recorded on (null when
 * a choice came after it, or the progress was kept without it): a correction of the same day, the
 * most common one, is then recorded on it again instead of replaying every day.
 */
public record KeptProgress(StepProgress latest, StepProgress beforeLastDay) {

    /** The progress a check-in on {@code day} is recorded on, or empty when only a replay will do. */
    public Optional<StepProgress> base(LocalDate day) {
        if (latest.canAppend(day)) {
            return Optional.of(latest);
        }
        boolean correctsLastDay = beforeLastDay != null && day.equals(latest.engine().lastDay())
                && beforeLastDay.canAppend(day);
        return correctsLastDay ? Optional.of(beforeLastDay) : Optional.empty();
    }
}
