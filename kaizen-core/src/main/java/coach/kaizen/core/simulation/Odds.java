package coach.kaizen.core.simulation;

/**
 * The chances of the person model (docs/engine.md §5.1), written once so the simulated person and
 * the oracle that plans for them cannot drift apart. {@code z} is how far a size sits above today's
 * capacity, in units of σ: {@code (ln s − ln C_day) / σ}.
 */
final class Odds {

    /** Resistance above this counts towards quitting. */
    static final int STRAIN_FROM = 6;
    /** The most strain a day can bring: resistance 10 less {@link #STRAIN_FROM}. */
    static final int MOST_STRAIN = 10 - STRAIN_FROM;

    private Odds() {
    }

    /** {@code P(done) = (1 − f) / (1 + e^z)}: a person who forgets a share f of days loses them whatever the size. */
    static double done(double z, double forgetting) {
        return (1 - forgetting) / (1 + Math.exp(z));
    }

    /**
     * {@code P(strain ≥ j)} for j = 1..4, where strain is {@code max(0, resistance − 6)} and the felt
     * resistance is {@code clamp(round(5 + 2.5 z + N(0,1)), 0, 10)}: resistance ≥ k exactly when the
     * unrounded value reaches k − ½.
     */
    static double[] strainAtLeast(double z) {
        double[] atLeast = new double[MOST_STRAIN];
        for (int j = 1; j <= MOST_STRAIN; j++) {
            atLeast[j - 1] = normal(5 + 2.5 * z - (STRAIN_FROM + j - 0.5));
        }
        return atLeast;
    }

    /** The felt resistance of a done day: the person's own sense of effort, whatever they report. */
    static int feltResistance(double z, double noise) {
        return clampToScale(5 + 2.5 * z + noise);
    }

    static int clampToScale(double resistance) {
        return (int) Math.max(0, Math.min(10, Math.round(resistance)));
    }

    /**
     * The standard normal distribution function, by the complementary error function of
     * Numerical Recipes (§6.2, Chebyshev fit, relative error below 1.2e-7).
     */
    static double normal(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * z);
        double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - erfc / 2 : erfc / 2;
    }
}
