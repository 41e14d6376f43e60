package coach.kaizen.core.picture;

import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.Urge;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** A recovery aim's wins and urges week by week, each week starting on the person's week start (Monday: ISO weeks). */
public record RecoveryWeeks(List<Week> weeks) {

    public RecoveryWeeks {
        weeks = List.copyOf(weeks);
    }

    /**
     * @param wins        the wins logged (recovery actions)
     * @param urgesPassed the urges that passed without use: wins too, counted apart
     * @param urges       every urge logged, so the share that passed can be shown
     */
    public record Week(LocalDate from, int wins, int urgesPassed, int urges) {

        static Week of(LocalDate from, List<RecoveryAction> actions, List<Urge> urges) {
            LocalDate to = from.plusDays(6);
            List<Urge> logged = urges.stream().filter(urge -> within(urge.day(), from, to)).toList();
            return new Week(from, (int) actions.stream().filter(action -> within(action.day(), from, to)).count(),
                    (int) logged.stream().filter(urge -> urge.said().passed()).count(), logged.size());
        }
    }

    /** Each week holding a day from {@code from} to {@code to}, quiet weeks too, each counted whole. */
    public static RecoveryWeeks of(List<RecoveryAction> actions, List<Urge> urges, LocalDate from, LocalDate to,
            DayOfWeek weekStart) {
        List<Week> weeks = new ArrayList<>();
        for (LocalDate week = from.with(TemporalAdjusters.previousOrSame(weekStart)); !week.isAfter(to);
                week = week.plusWeeks(1)) {
            weeks.add(Week.of(week, actions, urges));
        }
        return new RecoveryWeeks(weeks);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
