package coach.kaizen.core.person;

/** How a person's pages look: as their device prefers (light or dark), or always one of them. */
public enum Theme {
    DEVICE, LIGHT, DARK
}
