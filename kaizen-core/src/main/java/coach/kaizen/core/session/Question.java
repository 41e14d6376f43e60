package coach.kaizen.core.session;

import java.util.Set;

/**
 * One small question of the bank.
 *
 * @param situations the situations it is written for
 * @param anyDay     it fits any day as well
 */
public record Question(String id, Practice practice, Set<Situation> situations, boolean anyDay, String text) {

    public static final int MAX_TEXT = 140;

    public Question {
        situations = Set.copyOf(situations);
    }

    public boolean fits(Situation situation) {
        return situations.contains(situation);
    }
}
