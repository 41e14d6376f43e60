package coach.kaizen.core.aim;

/** Whether an aim is about doing more of something or moving away from something. */
public enum AimKind {
    BUILD,
    RECOVER
}
