package coach.kaizen.core.session;

import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The session's look-back: the days since the last session when a step was due and nothing was said of it. */
public final class LookBack {

    private LookBack() {
    }

    /** A day a step was due and nothing was said of it. */
    public record Unsaid(Step step, LocalDate day) {
    }

    /**
     * The unsaid days before {@code today}, from the last session's day or from {@code earliest}
     * (the first day a check-in can still be added), whichever is later.
     *
     * @param lastSession the last day before today the person arrived in a session, or null
     */
    public static List<Unsaid> days(List<StepHistory> steps, LocalDate today, LocalDate lastSession,
            LocalDate earliest) {
        LocalDate from = lastSession != null && lastSession.isAfter(earliest) ? lastSession : earliest;
        return steps.stream()
                // A times-in-days step has no particular day to miss.
                .filter(history -> !(history.step().schedule() instanceof Schedule.TimesInDays))
                .flatMap(history -> unsaid(history, later(from, history.step().startDay()), today))
                .toList();
    }

    private static Stream<Unsaid> unsaid(StepHistory history, LocalDate from, LocalDate today) {
        return Stream.iterate(from, day -> day.isBefore(today), day -> day.plusDays(1))
                .filter(day -> history.step().schedule().isDue(day) && history.between(day, day).findAny().isEmpty())
                .map(day -> new Unsaid(history.step(), day));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
