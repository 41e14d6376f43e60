package coach.kaizen.core.obstacle;

/** Where an obstacle is in the aim's backlog. */
public enum ObstacleStatus {
    WAITING,
    IN_FOCUS,
    REMOVED
}
