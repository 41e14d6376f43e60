package coach.kaizen.core.session;

import coach.kaizen.core.checkin.Outcome;
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
    public static String win(List<Said> today, List<String> recoveryWins, boolean hardDay) {
        List<String> done = today.stream().filter(said -> said.outcome() == Outcome.DONE).map(Said::action).toList();
        if (!done.isEmpty() && hardDay) {
            return "On a hard day you still did “" + done.get(0) + "”. That counts fully.";
        }
        if (recoveryWins.size() == 1) {
            return "“" + recoveryWins.get(0) + "”: a real recovery win today.";
        }
        if (recoveryWins.size() > 1) {
            return recoveryWins.size() + " recovery wins today, “" + recoveryWins.get(0) + "” among them.";
        }
        if (done.size() == 1) {
            return "You did “" + done.get(0) + "” today.";
        }
        if (done.size() > 1) {
            return "You did " + done.size() + " steps today, “" + done.get(0) + "” among them.";
        }
        if (today.stream().anyMatch(said -> said.outcome() == Outcome.SLIP)) {
            return "You told the truth about a slip and came back. That is how recovery keeps going.";
        }
        return "You came back and looked honestly at your day. Coming back is the habit under every habit.";
    }

    /**
     * The identity statement with its evidence: each done check-in of the aim's steps is a vote, as
     * is each recovery win.
     * {@code votedToday} names the newest vote; otherwise the count so far is shown.
     */
    public static String votes(String statement, int votes, boolean votedToday) {
        if (votes == 0) {
            return "Your first done step will be the first vote for “" + statement + "”.";
        }
        if (votedToday) {
            return "That is the " + ordinal(votes) + " vote for “" + statement + "”.";
        }
        return votes + (votes == 1 ? " vote" : " votes") + " so far for “" + statement + "”.";
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
