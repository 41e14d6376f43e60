package coach.kaizen.core.simulation;

import coach.kaizen.core.engine.Readiness;
import java.util.SplittableRandom;

/**
 * One simulated person (docs/engine.md §5.1). Each day draws its four random numbers up front, in
 * the same order whatever happens, so every policy meets the same person on the same days; a fifth,
 * the noise of what they say, only in a population whose reporting has any, so no other
 * population's days change.
 */
final class SimulatedPerson {

    /** What a person on a hard day reports: low energy. */
    static final Readiness HARD_DAY = new Readiness(2, 5, null);
    static final Readiness ORDINARY_DAY = new Readiness(6, 3, null);

    private final Population population;
    private final Traits traits;
    private final SplittableRandom random;
    private final double logCapacityMax;
    private double logCapacity;
    private int missesInARow;
    private boolean quit;

    private int today = -1;
    private boolean hardDay;
    private double doneDraw;
    private double resistanceNoise;
    private double quitDraw;
    private double reportNoise;

    SimulatedPerson(Population population, Traits traits, long seed) {
        this.population = population;
        this.traits = traits;
        this.random = new SplittableRandom(seed);
        this.logCapacity = traits.logCapacity();
        this.logCapacityMax = Math.max(traits.logCapacity(), traits.logCapacityMax());
    }

    /**
     * Who a person is before any practice: drawn once, shared by every policy. The draws come in
     * a fixed order, and those a population does not use are drawn all the same, so adding a
     * feature to a population file leaves everything drawn before it as it was.
     *
     * @param weeklyRhythm whether their capacity follows the population's weekdays
     * @param reportOffset added to the resistance they report
     * @param reportScale  how much of what they feel beyond 5 they report
     * @param proneness    how much more (or less) likely than most they are to give up
     * @param forgetting   their chance of letting a day go whatever its size
     */
    record Traits(double logCapacity, double logCapacityMax, boolean weeklyRhythm, double reportOffset,
            double reportScale, double proneness, double forgetting) {

        /** A person of the first three populations: no rhythm, honest reports, ordinary proneness, never forgetting. */
        Traits(double logCapacity, double logCapacityMax) {
            this(logCapacity, logCapacityMax, false, 0, 1, 1, 0);
        }

        static Traits draw(Population population, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double logCapacity = population.capacity().logOf(random.nextGaussian());
            double logCapacityMax = population.capacityMax().logOf(random.nextGaussian());
            double rhythm = random.nextDouble();
            double offset = random.nextGaussian();
            double scale = random.nextGaussian();
            double proneness = random.nextGaussian();
            double forgetting = random.nextGaussian();
            Population.Weekdays weekdays = population.weekdays();
            Population.Reporting reporting = population.reporting();
            return new Traits(logCapacity, logCapacityMax,
                    weekdays != null && rhythm < weekdays.share(),
                    reporting == null ? 0 : reporting.offsetMean() + reporting.offsetSpread() * offset,
                    reporting == null ? 1 : Math.exp(reporting.scale().logOf(scale)),
                    population.quit().proneness(proneness),
                    population.forgetting() == null ? 0 : Math.min(Population.MOST_FORGETTING,
                            Math.exp(population.forgetting().logOf(forgetting))));
        }

        /** How far ln C falls on day {@code day} (0 is the first, a Monday) for their weekly rhythm. */
        double weekdayDrop(Population population, int day) {
            return weeklyRhythm ? population.weekdays().drop(day) : 0;
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
        today++;
        hardDay = random.nextDouble() < population.hardDays().probability();
        doneDraw = random.nextDouble();
        resistanceNoise = random.nextGaussian();
        quitDraw = random.nextDouble();
        Population.Reporting reporting = population.reporting();
        if (reporting != null && reporting.noise() > 0) {
            reportNoise = reporting.noise() * random.nextGaussian();
        }
        return hardDay ? HARD_DAY : ORDINARY_DAY;
    }

    /** Tries a step of {@code size}; the resistance they report is null when it was not done. */
    Attempt attempt(double size) {
        double logCapacityToday = logCapacity - (hardDay ? population.hardDays().drop() : 0)
                - traits.weekdayDrop(population, today);
        double z = (Math.log(size) - logCapacityToday) / population.sigma();
        boolean done = doneDraw < Odds.done(z, traits.forgetting());
        int felt = Odds.feltResistance(z, resistanceNoise);
        Integer reported = done
                ? Odds.clampToScale(5 + traits.reportOffset() + traits.reportScale() * (2.5 * z + resistanceNoise)
                        + reportNoise)
                : null;
        if (done) {
            double gain = population.practiceGain() * Math.min(1, size / Math.exp(logCapacity));
            logCapacity = Math.min(logCapacityMax, logCapacity + gain);
            missesInARow = 0;
        } else {
            missesInARow++;
        }
        int strain = done ? Math.max(0, felt - Odds.STRAIN_FROM) : 0;
        quit = quitDraw < population.quit().chance(today, missesInARow, strain, traits.proneness());
        return new Attempt(done, reported);
    }

    record Attempt(boolean done, Integer resistance) {
    }
}
