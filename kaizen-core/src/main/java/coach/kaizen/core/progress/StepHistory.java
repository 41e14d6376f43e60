package coach.kaizen.core.progress;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A step with the check-ins the question at hand needs, oldest first. */
public record StepHistory(Step step, List<CheckIn> checkIns) {

    public StepHistory {
        checkIns = checkIns.stream().sorted(Comparator.comparing(CheckIn::day)).toList();
    }

    /** The check-ins from {@code from} to {@code to}, both included. */
    public Stream<CheckIn> between(LocalDate from, LocalDate to) {
        return checkIns.stream().filter(checkIn -> !checkIn.day().isBefore(from) && !checkIn.day().isAfter(to));
    }

    /** Misses and slips from {@code from} to {@code to}: a slip is counted like a miss, never worse. */
    public long missesBetween(LocalDate from, LocalDate to) {
        return between(from, to).filter(checkIn -> checkIn.outcome() == Outcome.MISSED
                || checkIn.outcome() == Outcome.SLIP).count();
    }
}
