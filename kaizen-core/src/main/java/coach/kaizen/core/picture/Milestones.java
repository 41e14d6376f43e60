package coach.kaizen.core.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * The days of a run worth marking: 1, 7, 30, 90, 180 and 365, then each further year, so
 * there is always one ahead.
 *
 * @param reached the milestones the run has passed, smallest first
 * @param next    the first one still ahead
 */
public record Milestones(List<Integer> reached, int next) {

    public static final List<Integer> DAYS = List.of(1, 7, 30, 90, 180, 365);
    private static final int YEAR = 365;

    public Milestones {
        reached = List.copyOf(reached);
    }

    /** For a run of {@code days} days. */
    public static Milestones of(int days) {
        List<Integer> reached = new ArrayList<>();
        int index = 0;
        while (milestone(index) <= days) {
            reached.add(milestone(index++));
        }
        return new Milestones(reached, milestone(index));
    }

    private static int milestone(int index) {
        return index < DAYS.size() ? DAYS.get(index) : YEAR * (index - DAYS.size() + 2);
    }
}
