package coach.kaizen.core.picture;

import coach.kaizen.core.recovery.RecoveryTally;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A recovery counter's runs, oldest first: from its start to the first slip after it, from each
 * slip to the next, and from the last to today. Each counts its days as the counter does
 * ({@link RecoveryTally#daysSince}): 0 on its first day. Nothing a run held is ever taken back.
 */
public record RecoveryRuns(List<Run> runs) {

    public RecoveryRuns {
        runs = List.copyOf(runs);
    }

    public record Run(LocalDate from, LocalDate to, int days) {
    }

    /**
     * As they stand on {@code today}. As in the tally, a slip on the counter's first day or before
     * it came before the counting, and one dated after today (a move to a zone where it is still
     * yesterday) is today's.
     */
    public static RecoveryRuns of(LocalDate counterFrom, List<LocalDate> slipDays, LocalDate today) {
        LocalDate end = today.isBefore(counterFrom) ? counterFrom : today;
        List<LocalDate> starts = Stream.concat(Stream.of(counterFrom), slipDays.stream()
                .filter(day -> day.isAfter(counterFrom)).map(day -> day.isAfter(end) ? end : day))
                .distinct().sorted().toList();
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1) : end;
            runs.add(new Run(starts.get(i), to, (int) ChronoUnit.DAYS.between(starts.get(i), to)));
        }
        return new RecoveryRuns(runs);
    }

    /** The run going on today: its days are the counter's. */
    public Run current() {
        return runs.get(runs.size() - 1);
    }

    /** The longest run; of equal ones the latest, so the current run is named when it is the longest. */
    public Run longest() {
        return runs.stream().max(Comparator.comparingInt(Run::days)
                .thenComparing(Run::from)).orElseThrow();
    }

    /** The days of all runs together: every day since the counter's start. */
    public int totalDays() {
        return runs.stream().mapToInt(Run::days).sum();
    }

    /** The days of the slips that began a run, oldest first. */
    public List<LocalDate> slipDays() {
        return runs.stream().skip(1).map(Run::from).toList();
    }

    public Milestones milestones() {
        return Milestones.of(current().days());
    }
}
