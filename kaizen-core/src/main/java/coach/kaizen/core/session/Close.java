package coach.kaizen.core.session;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The session's last words: one small win, named, and the votes for who the person is becoming,
 * a line for each aim with an identity statement.
 */
public record Close(Message win, List<Message> votes) {

    public Close {
        votes = List.copyOf(votes);
    }

    /** One step of the day and what was said of it. */
    public record Said(String action, Outcome outcome) {
    }

    /**
     * The close of {@code day}, from the person's steps, their aims, and the tallies of their
     * recovery aims by aim id.
     */
    public static Close of(LocalDate day, List<StepHistory> steps, List<Aim> aims, Map<Long, RecoveryTally> tallies,
            boolean hardDay, boolean notSafe) {
        List<Said> said = steps.stream().flatMap(step -> step.between(day, day)
                .map(checkIn -> new Said(step.step().action(), checkIn.outcome()))).toList();
        List<Message> recoveryWins = aims.stream().map(aim -> tallies.get(aim.id())).filter(Objects::nonNull)
                .flatMap(tally -> tally.todaysWins().stream()).toList();
        List<Message> votes = aims.stream().filter(aim -> aim.identity() != null)
                .map(aim -> votes(aim, steps, day, tallies.get(aim.id()))).toList();
        return new Close(win(said, recoveryWins, hardDay, notSafe), votes);
    }

    /**
     * One small, true win from the day: a thing done, a hard day met, a recovery win, or an honest
     * look at the day. {@code recoveryWins} are the day's recovery actions and urges that passed; a day the
     * person said they were not safe is a hard day said in its own words.
     */
    public static Message win(List<Said> today, List<Message> recoveryWins, boolean hardDay, boolean notSafe) {
        List<String> done = today.stream().filter(said -> said.outcome() == Outcome.DONE).map(Said::action).toList();
        if (!done.isEmpty() && hardDay) {
            return Message.of(notSafe ? "session.close.win.notSafe" : "session.close.win.hardDay", done.get(0));
        }
        if (recoveryWins.size() == 1) {
            return Message.of("session.close.win.recovery", recoveryWins.get(0));
        }
        if (recoveryWins.size() > 1) {
            return Message.of("session.close.win.recoveries", recoveryWins.size(), recoveryWins.get(0));
        }
        if (done.size() == 1) {
            return Message.of("session.close.win.done", done.get(0));
        }
        if (done.size() > 1) {
            return Message.of("session.close.win.dones", done.size(), done.get(0));
        }
        if (today.stream().anyMatch(said -> said.outcome() == Outcome.SLIP)) {
            return Message.of("session.close.win.slip");
        }
        return Message.of("session.close.win.cameBack");
    }

    /**
     * The aim's identity statement with its evidence: each done check-in of the aim's steps is a
     * vote, and on a recovery aim ({@code tally} not null) each recovery win too. A vote cast on
     * {@code day} is named as the newest.
     */
    public static Message votes(Aim aim, List<StepHistory> steps, LocalDate day, RecoveryTally tally) {
        List<CheckIn> done = steps.stream().filter(step -> step.step().aimId() == aim.id())
                .flatMap(step -> step.checkIns().stream()).filter(checkIn -> checkIn.outcome() == Outcome.DONE)
                .toList();
        boolean votedToday = done.stream().anyMatch(checkIn -> checkIn.day().equals(day))
                || (tally != null && !tally.todaysWins().isEmpty());
        return votes(aim.identity(), done.size() + (tally == null ? 0 : tally.votes()), votedToday);
    }

    /**
     * The identity statement with its count of votes. {@code votedToday} names the newest vote (an
     * ordinal, "the 4th"); otherwise the count so far is shown.
     */
    public static Message votes(String statement, int votes, boolean votedToday) {
        if (votes == 0) {
            return Message.of("session.close.votes.first", statement);
        }
        if (votedToday) {
            return Message.of("session.close.votes.newest", votes, statement);
        }
        return Message.of("session.close.votes.sofar", votes, statement);
    }
}
