package coach.kaizen.core.obstacle;

import coach.kaizen.core.progress.StepHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What an aim's obstacles ask of the person now, if anything. */
public enum ObstacleNeed {
    /** Two misses this week and nothing in focus: what got in the way? */
    NAME_ONE,
    /** Obstacles wait and none is in focus: pick one. */
    CHOOSE_FOCUS,
    /** The one in focus has had a week: is it gone? */
    STILL_THERE;

    public static Optional<ObstacleNeed> of(List<StepHistory> aimSteps, List<Obstacle> aimObstacles, LocalDate today) {
        Optional<Obstacle> focus = aimObstacles.stream().filter(o -> o.status() == ObstacleStatus.IN_FOCUS).findFirst();
        if (focus.isPresent()) {
            boolean aWeek = !focus.get().focusSince().isAfter(today.minusDays(Obstacle.WEEK));
            return aWeek ? Optional.of(STILL_THERE) : Optional.empty();
        }
        if (Obstacle.worthAsking(aimSteps, today)) {
            return Optional.of(NAME_ONE);
        }
        boolean waiting = aimObstacles.stream().anyMatch(o -> o.status() == ObstacleStatus.WAITING);
        return waiting ? Optional.of(CHOOSE_FOCUS) : Optional.empty();
    }
}
