package coach.kaizen.core.session;

import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.text.Message;
import java.util.List;

/** The session's last words: one small win, named, and the votes for who the person is becoming. */
public final class Close {

    private Close() {
    }

    /** One step of the day and what was said of it. */
    public record Said(String action, Outcome outcome) {
    }

    /**
     * One small, true win from the day: a thing done, a hard day met, a recovery win, or an honest
     * look at the day. {@code recoveryWins} are the day's recovery actions and urges that passed.
     */
    public static Message win(List<Said> today, List<String> recoveryWins, boolean hardDay) {
        List<String> done = today.stream().filter(said -> said.outcome() == Outcome.DONE).map(Said::action).toList();
        if (!done.isEmpty() && hardDay) {
            return Message.of("session.close.win.hardDay", done.get(0));
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
     * The identity statement with its evidence: each done check-in of the aim's steps is a vote, as
     * is each recovery win.
     * {@code votedToday} names the newest vote (an ordinal, "the 4th"); otherwise the count so far is shown.
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
