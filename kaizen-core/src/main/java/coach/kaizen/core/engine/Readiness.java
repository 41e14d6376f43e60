package coach.kaizen.core.engine;

/** How the person is right now, each 0–10 and each optional. */
public record Readiness(Integer energy, Integer stress, Integer craving) {

    public static final Readiness UNKNOWN = new Readiness(null, null, null);

    public Readiness {
        check(energy, "energy");
        check(stress, "stress");
        check(craving, "craving");
    }

    private static void check(Integer value, String name) {
        if (value != null && (value < 0 || value > 10)) {
            throw new IllegalArgumentException(name + " must be from 0 to 10");
        }
    }
}
