package coach.kaizen.core.engine;

/**
 * The engine's thresholds. The defaults follow docs/engine.md §1: an ordinary day's step is sized
 * to be done 97% of the time for all the engine knows of the person, resistance 7+ never grows a
 * step, 3 or less is easy, and a hard day is low energy, high stress or a strong craving.
 *
 * @param fixedTarget true when {@code target} was set from outside (a harness, a study): a weighted
 *                    up-down controller then holds exactly that rate, whatever the person
 */
public record EngineSettings(
        double target, boolean fixedTarget, int hardResistance, int easyResistance, int lowEnergy, int highStress,
        int highCraving) {

    public static final EngineSettings DEFAULTS = new EngineSettings(0.97, false, 7, 3, 3, 8, 7);

    public EngineSettings {
        // At 50% or below, misses would be as common as successes: far above anyone's comfort.
        if (!(target > 0.5) || !(target < 1)) {
            throw new IllegalArgumentException("target success rate must lie above 0.5 and below 1");
        }
        if (easyResistance >= hardResistance) {
            throw new IllegalArgumentException("easy resistance must lie below hard resistance");
        }
    }

    /** These settings with {@code p*} fixed at {@code newTarget}. */
    public EngineSettings withTarget(double newTarget) {
        return new EngineSettings(newTarget, true, hardResistance, easyResistance, lowEnergy, highStress, highCraving);
    }

    /** Low energy, high stress or strong craving; a crisis is a hard day too. */
    public boolean isHardDay(Readiness readiness) {
        return readiness.crisis()
                || atMost(readiness.energy(), lowEnergy)
                || atLeast(readiness.stress(), highStress)
                || atLeast(readiness.craving(), highCraving);
    }

    private static boolean atMost(Integer value, int limit) {
        return value != null && value <= limit;
    }

    private static boolean atLeast(Integer value, int limit) {
        return value != null && value >= limit;
    }
}
