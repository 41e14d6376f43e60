package coach.kaizen.core.engine;

/** The standard normal distribution, as the engine's belief and the simulator's person need it. */
public final class Normal {

    private static final double ROOT_TWO = Math.sqrt(2);
    private static final double ROOT_TWO_PI = Math.sqrt(2 * Math.PI);

    private Normal() {
    }

    /** Φ(x), by the complementary error function of Numerical Recipes (§6.2; relative error below 1.2e-7). */
    public static double cdf(double x) {
        double tail = erfc(Math.abs(x) / ROOT_TWO) / 2;
        return x >= 0 ? 1 - tail : tail;
    }

    /** The x with Φ(x) = {@code p}, by bisection: the engine asks only a few, once. */
    static double quantile(double p) {
        double low = -40;
        double high = 40;
        for (int i = 0; i < 100; i++) {
            double middle = (low + high) / 2;
            if (cdf(middle) < p) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    public static double density(double x) {
        return Math.exp(-x * x / 2) / ROOT_TWO_PI;
    }

    /** φ(x) / Φ(x), computed so that it stays exact far into the left tail, where it nears −x. */
    static double hazard(double x) {
        if (x >= 0) {
            return density(x) / cdf(x);
        }
        double z = -x / ROOT_TWO;
        // φ(x) / (erfc(z) / 2) with the common factor e^{−z²} taken out of both.
        return 2 / ROOT_TWO_PI / erfcScaled(z);
    }

    private static double erfc(double z) {
        return erfcScaled(z) * Math.exp(-z * z);
    }

    /** erfc(z)·e^{z²} for z ≥ 0. */
    private static double erfcScaled(double z) {
        double t = 1 / (1 + 0.5 * z);
        return t * Math.exp(-1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
    }
}
