package coach.kaizen.core.step;

/** Which days a step is due on. Daily for now; chosen weekdays and N-in-D come with the full engine. */
public enum Schedule {
    DAILY
}
