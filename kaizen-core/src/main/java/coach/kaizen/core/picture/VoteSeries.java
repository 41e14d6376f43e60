package coach.kaizen.core.picture;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.recovery.Urge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The votes for who the person is becoming through an aim, day by day. */
public record VoteSeries(List<Votes> days) {

    public VoteSeries {
        days = List.copyOf(days);
    }

    /**
     * @param votes cast on the day: the days with any are the evidence behind the total
     * @param total cast up to and including the day
     */
    public record Votes(LocalDate day, int votes, int total) {
    }

    /**
     * Each day from {@code from} to {@code to}, the total counting every vote before too. A vote is
     * what the session's close counts ({@link coach.kaizen.core.session.Close#votes}): each done
     * check-in of the aim's steps and, on a recovery aim, each win that {@link RecoveryTally#votes} counts.
     */
    public static VoteSeries of(Aim aim, List<StepHistory> steps, List<RecoveryAction> actions, List<Urge> urges,
            LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> cast = new HashMap<>();
        steps.stream().filter(history -> history.step().aimId() == aim.id())
                .flatMap(history -> history.checkIns().stream())
                .filter(checkIn -> checkIn.outcome() == Outcome.DONE)
                .forEach(checkIn -> cast.merge(checkIn.day(), 1, Integer::sum));
        if (aim.kind() == AimKind.RECOVER) {
            recoveryVotes(aim, actions, urges).forEach((day, votes) -> cast.merge(day, votes, Integer::sum));
        }
        int total = cast.entrySet().stream().filter(votes -> votes.getKey().isBefore(from))
                .mapToInt(Map.Entry::getValue).sum();
        List<Votes> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int votes = cast.getOrDefault(day, 0);
            total += votes;
            days.add(new Votes(day, votes, total));
        }
        return new VoteSeries(days);
    }

    /** Each day's recovery votes, counted by the day's own tally so the rule stays in one place. */
    private static Map<LocalDate, Integer> recoveryVotes(Aim aim, List<RecoveryAction> actions, List<Urge> urges) {
        Map<LocalDate, List<RecoveryAction>> winsOn = actions.stream().filter(action -> action.aimId() == aim.id())
                .collect(Collectors.groupingBy(RecoveryAction::day));
        Map<LocalDate, List<Urge>> urgesOn = urges.stream().filter(urge -> urge.aimId() == aim.id())
                .collect(Collectors.groupingBy(Urge::day));
        Set<LocalDate> days = new HashSet<>(winsOn.keySet());
        days.addAll(urgesOn.keySet());
        return days.stream().collect(Collectors.toMap(day -> day, day -> RecoveryTally.of(aim,
                winsOn.getOrDefault(day, List.of()), urgesOn.getOrDefault(day, List.of()), List.of(), day).votes()));
    }
}
