package coach.kaizen.core.checkin;

/**
 * How hard a done step was to start, said in one tap after Done, and the resistance (0–10) it is
 * kept as: the middle of the engine's easy (3 or less), effortful and hard (7 or more) bands, so
 * each tap moves the engine as that band does.
 */
public enum HowHard {
    EASY(2), OK(5), HARD(8);

    private final int resistance;

    HowHard(int resistance) {
        this.resistance = resistance;
    }

    public int resistance() {
        return resistance;
    }
}
