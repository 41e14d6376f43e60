package coach.kaizen.core.recovery;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A recovery aim's wins: lifetime totals that only ever grow, the day's wins, and (when the
 * person turned it on) the days since the counter's start or the latest slip after it.
 *
 * @param daysSince    null while the counter is off
 * @param todaysWins   the day's wins, each in words the shell says ("An urge that passed (7 of 10)")
 * @param countingFrom the day the counter counts from, or null while it is off
 */
public record RecoveryTally(Integer daysSince, LocalDate countingFrom, int actions, int urgesPassed, int urges,
        List<Message> todaysWins) {

    public static RecoveryTally of(Aim aim, List<RecoveryAction> actions, List<Urge> urges, List<LocalDate> slipDays,
            LocalDate today) {
        int passed = (int) urges.stream().filter(urge -> urge.said().passed()).count();
        List<Message> wins = Stream.concat(
                actions.stream().filter(action -> action.day().equals(today)).map(RecoveryAction::words),
                urges.stream().filter(urge -> urge.day().equals(today) && urge.said().passed())
                        .map(urge -> Message.of("recovery.win.urgePassed", urge.said().intensity())))
                .toList();
        LocalDate from = countingFrom(aim.counterFrom(), slipDays, today);
        // A move to a zone where it is still yesterday can put the last slip's day after today: 0 days, not -1.
        Integer days = from == null ? null : (int) Math.max(0, ChronoUnit.DAYS.between(from, today));
        return new RecoveryTally(days, from, actions.size(), passed, urges.size(), wins);
    }

    /** Wins that count toward the aim's identity statement: every action and every urge that passed. */
    public int votes() {
        return actions + urgesPassed;
    }

    private static LocalDate countingFrom(LocalDate counterFrom, List<LocalDate> slipDays, LocalDate today) {
        if (counterFrom == null) {
            return null;
        }
        return slipDays.stream().filter(day -> day.isAfter(counterFrom))
                .max(Comparator.naturalOrder()).orElse(counterFrom);
    }
}
