package coach.kaizen.core.obstacle;

import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * Something that got in the way of an aim's steps: waiting in the aim's backlog, in focus (one
 * at a time), or removed.
 *
 * @param focusSince the day it came into focus, or null
 * @param removedOn  the day the person marked it removed, or null
 */
public record Obstacle(long id, long aimId, String text, ObstacleStatus status, LocalDate addedOn,
        LocalDate focusSince, LocalDate removedOn) {

    public static final int MAX_TEXT = 200;
    /** This many misses (or slips) on an aim within a week, and the coach suggests naming what got in the way. */
    public static final int MISSES_FOR_SUGGESTION = 2;
    public static final int WEEK = 7;

    public Obstacle {
        text = Text.required(text, "obstacle", MAX_TEXT);
    }

    /** Two misses this week on the aim's steps: worth asking what got in the way. */
    public static boolean worthAsking(List<StepHistory> aimSteps, LocalDate today) {
        LocalDate weekStart = today.minusDays(WEEK - 1L);
        return aimSteps.stream().mapToLong(step -> step.missesBetween(weekStart, today)).sum()
                >= MISSES_FOR_SUGGESTION;
    }
}
