package coach.kaizen.core.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Which parts a day's session has: always short, and on a hard day only what helps. */
public final class SessionRules {

    /** At most this many of the question, the obstacle and the experiment in one day. */
    public static final int MOST_OPTIONAL_PARTS = 2;
    /** An obstacle is brought up at most once in this many days. */
    public static final int OBSTACLE_EVERY_DAYS = 7;

    private SessionRules() {
    }

    public static List<Part> parts(SessionFacts facts) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.ARRIVE);
        if (facts.lookBack()) {
            parts.add(Part.LOOK_BACK);
        }
        parts.add(Part.TODAY);
        parts.addAll(optionalParts(facts));
        parts.add(Part.CLOSE);
        return List.copyOf(parts);
    }

    /**
     * The optional parts, chosen in the order of need: a finished trial waits on the person, the
     * question is the daily habit, and an obstacle can wait a day. A hard day keeps only the question;
     * a person who is not safe is asked nothing to reflect on: the crisis card and today are enough.
     */
    private static List<Part> optionalParts(SessionFacts facts) {
        List<Part> wanted = new ArrayList<>();
        if (facts.notSafe()) {
            return wanted;
        }
        if (facts.verdictDue() && !facts.hardDay()) {
            wanted.add(Part.EXPERIMENT);
        }
        if (facts.questionLeft()) {
            wanted.add(Part.QUESTION);
        }
        if (facts.obstacleDue() && !facts.hardDay()) {
            wanted.add(Part.OBSTACLE);
        }
        return wanted.stream().limit(MOST_OPTIONAL_PARTS).sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * An obstacle is due when some aim needs one (see {@link coach.kaizen.core.obstacle.ObstacleNeed}),
     * but never twice within {@link #OBSTACLE_EVERY_DAYS} days.
     *
     * @param lastOffered the last day the obstacle part was shown, or null
     */
    public static boolean obstacleDue(LocalDate today, LocalDate lastOffered, boolean someAimNeedsOne) {
        boolean offeredLately = lastOffered != null && lastOffered.isAfter(today.minusDays(OBSTACLE_EVERY_DAYS));
        return someAimNeedsOne && !offeredLately;
    }
}
