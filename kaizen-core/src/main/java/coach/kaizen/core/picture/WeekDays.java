package coach.kaizen.core.picture;

import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.Urge;
import java.time.LocalDate;
import java.util.List;

/**
 * A week day by day: the steps done and the recovery wins (urges that passed among them) on each of its
 * days so far, seven once it is over.
 */
public record WeekDays(List<Day> days) {

    public WeekDays {
        days = List.copyOf(days);
    }

    public record Day(LocalDate day, int stepsDone, int wins) {
    }

    public static WeekDays of(LocalDate from, LocalDate today, List<Replay> steps, List<RecoveryAction> actions,
            List<Urge> urges) {
        LocalDate end = today.isBefore(from.plusDays(6)) ? today.plusDays(1) : from.plusDays(7);
        return new WeekDays(from.datesUntil(end).map(day -> new Day(day,
                (int) steps.stream().flatMap(replay -> replay.days().stream()).map(Replay.Day::checkIn)
                        .filter(checkIn -> checkIn.day().equals(day) && checkIn.outcome() == Outcome.DONE).count(),
                (int) (actions.stream().filter(action -> action.day().equals(day)).count()
                        + urges.stream().filter(urge -> urge.day().equals(day) && urge.said().passed()).count())))
                .toList());
    }

    /** The same days from {@code first} on: a week the person began part way through counts from their first day. */
    public WeekDays since(LocalDate first) {
        return new WeekDays(days.stream().filter(day -> !day.day().isBefore(first)).toList());
    }

    /** Whether the days are all seven of a week. */
    public boolean whole() {
        return days.size() == 7;
    }

    public int stepsDone() {
        return days.stream().mapToInt(Day::stepsDone).sum();
    }

    /** The days with at least one step done. */
    public int daysWithAStep() {
        return (int) days.stream().filter(day -> day.stepsDone() > 0).count();
    }

    public int wins() {
        return days.stream().mapToInt(Day::wins).sum();
    }
}
