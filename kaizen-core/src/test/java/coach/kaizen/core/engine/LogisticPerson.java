package coach.kaizen.core.engine;

import java.util.SplittableRandom;

/** A simulated person who does a step of size s with probability 1 / (1 + exp((ln s − ln C) / σ)). */
final class LogisticPerson {

    private final double logCapacity;
    private final double sigma;
    private final SplittableRandom random;

    LogisticPerson(double capacity, double sigma, long seed) {
        this.logCapacity = Math.log(capacity);
        this.sigma = sigma;
        this.random = new SplittableRandom(seed);
    }

    boolean does(double size) {
        double p = 1 / (1 + Math.exp((Math.log(size) - logCapacity) / sigma));
        return random.nextDouble() < p;
    }
}
