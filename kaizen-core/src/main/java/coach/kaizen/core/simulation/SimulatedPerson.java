package coach.kaizen.core.simulation;

import coach.kaizen.core.engine.Readiness;
import java.util.SplittableRandom;

/**
 * One simulated person (docs/engine.md §5.1). Each day draws its four random numbers up front, in
 * the same order whatever happens, so every policy meets the same person on the same days.
 */
final class SimulatedPerson {

    /** What a person on a hard day reports: low energy. */
    static final Readiness HARD_DAY = new Readiness(2, 5, null);
    static final Readiness ORDINARY_DAY = new Readiness(6, 3, null);

    private final Population population;
    private final SplittableRandom random;
    private final double logCapacityMax;
    private double logCapacity;
    private int missesInARow;
    private boolean quit;

    private boolean hardDay;
    private double doneDraw;
    private double resistanceNoise;
    private double quitDraw;

    SimulatedPerson(Population population, Traits traits, long seed) {
        this.population = population;
        this.random = new SplittableRandom(seed);
        this.logCapacity = traits.logCapacity();
        this.logCapacityMax = Math.max(traits.logCapacity(), traits.logCapacityMax());
    }

    /** Who a person is before any practice: drawn once, shared by every policy. */
    record Traits(double logCapacity, double logCapacityMax) {
        static Traits draw(Population population, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            return new Traits(
                    population.capacity().logOf(random.nextGaussian()),
                    population.capacityMax().logOf(random.nextGaussian()));
        }
    }

    boolean hasQuit() {
        return quit;
    }

    double capacity() {
        return Math.exp(logCapacity);
    }

    double logCapacity() {
        return logCapacity;
    }

    int missesInARow() {
        return missesInARow;
    }

    /** Starts a day and says how the person feels. */
    Readiness wakeUp() {
        hardDay = random.nextDouble() < population.hardDays().probability();
        doneDraw = random.nextDouble();
        resistanceNoise = random.nextGaussian();
        quitDraw = random.nextDouble();
        return hardDay ? HARD_DAY : ORDINARY_DAY;
    }

    /** Tries a step of {@code size}; the resistance is null when it was not done. */
    Attempt attempt(double size) {
        double logCapacityToday = logCapacity - (hardDay ? population.hardDays().drop() : 0);
        double z = (Math.log(size) - logCapacityToday) / population.sigma();
        boolean done = doneDraw < Odds.done(z);
        Integer resistance = done ? Odds.feltResistance(z, resistanceNoise) : null;
        if (done) {
            double gain = population.practiceGain() * Math.min(1, size / Math.exp(logCapacity));
            logCapacity = Math.min(logCapacityMax, logCapacity + gain);
            missesInARow = 0;
        } else {
            missesInARow++;
        }
        int strain = resistance == null ? 0 : Math.max(0, resistance - Odds.STRAIN_FROM);
        quit = quitDraw < population.quit().chance(missesInARow, strain);
        return new Attempt(done, resistance);
    }

    record Attempt(boolean done, Integer resistance) {
    }
}
