package coach.kaizen.core.picture;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** A day with votes and what cast each, in words the shell says ("Walk", "An urge that passed (7 of 10)"). */
    public record Ballot(LocalDate day, List<Message> votes) {

        public Ballot {
            votes = List.copyOf(votes);
        }
    }

    /**
     * Each day from {@code from} to {@code to}, the total counting every vote before too. A vote is
     * what the session's close counts ({@link coach.kaizen.core.session.Close#votes}): each done
     * check-in of the aim's steps and, on a recovery aim, each win that {@link RecoveryTally#votes} counts.
     */
    public static VoteSeries of(Aim aim, List<StepHistory> steps, List<RecoveryAction> actions, List<Urge> urges,
            LocalDate from, LocalDate to) {
        TreeMap<LocalDate, List<Message>> cast = cast(aim, steps, actions, urges);
        int total = cast.headMap(from).values().stream().mapToInt(List::size).sum();
        List<Votes> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int votes = cast.getOrDefault(day, List.of()).size();
            total += votes;
            days.add(new Votes(day, votes, total));
        }
        return new VoteSeries(days);
    }

    /** The days from {@code from} to {@code to} with any vote, newest first: the evidence behind {@link #of}. */
    public static List<Ballot> ballots(Aim aim, List<StepHistory> steps, List<RecoveryAction> actions,
            List<Urge> urges, LocalDate from, LocalDate to) {
        return cast(aim, steps, actions, urges).subMap(from, true, to, true).descendingMap().entrySet().stream()
                .map(day -> new Ballot(day.getKey(), day.getValue())).toList();
    }

    /** What voted on each day with a vote: the aim's done steps, then its recovery wins. */
    private static TreeMap<LocalDate, List<Message>> cast(Aim aim, List<StepHistory> steps,
            List<RecoveryAction> actions, List<Urge> urges) {
        TreeMap<LocalDate, List<Message>> cast = new TreeMap<>();
        steps.stream().filter(history -> history.step().aimId() == aim.id())
                .forEach(history -> history.checkIns().stream().filter(checkIn -> checkIn.outcome() == Outcome.DONE)
                        .forEach(checkIn -> cast.computeIfAbsent(checkIn.day(), day -> new ArrayList<>())
                                .add(Message.of("insights.votes.done", history.step().action()))));
        if (aim.kind() == AimKind.RECOVER) {
            // A day of urges that all stayed is no ballot: it cast no vote.
            recoveryVotes(aim, actions, urges).entrySet().stream().filter(day -> !day.getValue().isEmpty())
                    .forEach(day -> cast.computeIfAbsent(day.getKey(), none -> new ArrayList<>())
                            .addAll(day.getValue()));
        }
        return cast;
    }

    /** Each day's recovery votes, named by the day's own tally so the rule stays in one place. */
    private static Map<LocalDate, List<Message>> recoveryVotes(Aim aim, List<RecoveryAction> actions,
            List<Urge> urges) {
        Map<LocalDate, List<RecoveryAction>> winsOn = actions.stream().filter(action -> action.aimId() == aim.id())
                .collect(Collectors.groupingBy(RecoveryAction::day));
        Map<LocalDate, List<Urge>> urgesOn = urges.stream().filter(urge -> urge.aimId() == aim.id())
                .collect(Collectors.groupingBy(Urge::day));
        Set<LocalDate> days = new HashSet<>(winsOn.keySet());
        days.addAll(urgesOn.keySet());
        // The tally's wins of a day are what its votes() counts: each action and each urge that passed.
        return days.stream().collect(Collectors.toMap(day -> day, day -> RecoveryTally.of(aim,
                winsOn.getOrDefault(day, List.of()), urgesOn.getOrDefault(day, List.of()), List.of(), day)
                .todaysWins()));
    }
}
