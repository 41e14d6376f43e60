package coach.kaizen.core.engine;

import coach.kaizen.core.text.Refused;

/**
 * How the person is right now, each 0–10 and each optional.
 *
 * @param notSafe the person said they are not safe right now
 */
public record Readiness(Integer energy, Integer stress, Integer craving, boolean notSafe) {

    public static final Readiness UNKNOWN = new Readiness(null, null, null);
    /** Craving this strong together with stress this high is read as a crisis, as "not safe" is. */
    static final int CRISIS_CRAVING = 9;
    static final int CRISIS_STRESS = 8;

    public Readiness {
        check(energy, "energy");
        check(stress, "stress");
        check(craving, "craving");
    }

    public Readiness(Integer energy, Integer stress, Integer craving) {
        this(energy, stress, craving, false);
    }

    /** The same answer, with "not safe" kept from earlier that day. */
    public Readiness stillNotSafe() {
        return new Readiness(energy, stress, craving, true);
    }

    /** A moment to show the crisis card and hold every step where it is (docs/engine.md §1.7). */
    public boolean crisis() {
        return notSafe || (craving != null && craving >= CRISIS_CRAVING && stress != null && stress >= CRISIS_STRESS);
    }

    private static void check(Integer value, String name) {
        if (value != null && (value < 0 || value > 10)) {
            throw new Refused("engine.problem.readiness." + name);
        }
    }
}
