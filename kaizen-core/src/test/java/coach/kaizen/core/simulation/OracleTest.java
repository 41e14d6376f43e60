package coach.kaizen.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.step.Sizing;
import org.junit.jupiter.api.Test;

class OracleTest {

    /**
     * Capacity stays below the floor of 1, so every done day grows ln C by exactly the practice gain,
     * and the grid (0.02 apart) holds every capacity the person can reach: the plan should be exact.
     */
    private static final double START = Math.log(0.7);
    private static final double GAIN = 0.16;
    /** The plan's normal distribution function is good to about 1e-7; the brute force's is exact. */
    private static final double TOLERANCE = 1e-6;
    private static final SimulatedPerson.Traits TINY_PERSON = new SimulatedPerson.Traits(START, START + 2 * GAIN);

    @Test
    void onThreeDaysItFindsWhatTryingEverySequenceOfSizesFinds() {
        Population tiny = tiny(GAIN, new Population.Quitting(0.05, 0.2, 0.1), 3.0);
        for (double lambda : new double[] {0, 2, 10}) {
            Oracle.Plan plan = new Oracle(tiny, TINY_PERSON, 3).plan(lambda, false);
            double best = new BruteForce(tiny, TINY_PERSON, 3, lambda).value(0, START, 0);
            assertThat(plan.volume() + lambda * plan.retention()).as("λ = " + lambda).isCloseTo(best, within(TOLERANCE));
        }
    }

    @Test
    void withoutPracticeOnTwoDaysItStillMatchesEveryChoiceTried() {
        Population still = tiny(0, new Population.Quitting(0.01, 0.3, 0.05), 4.0);
        SimulatedPerson.Traits person = new SimulatedPerson.Traits(Math.log(2.5), Math.log(2.5));
        for (double lambda : new double[] {0, 1, 5, 50}) {
            Oracle.Plan plan = new Oracle(still, person, 2).plan(lambda, false);
            double best = new BruteForce(still, person, 2, lambda).value(0, Math.log(2.5), 0);
            assertThat(plan.volume() + lambda * plan.retention()).as("λ = " + lambda).isCloseTo(best, within(TOLERANCE));
        }
    }

    @Test
    void withAWeeklyDipAFadingRiskAGraceMissAndAProneMindItStillMatches() {
        Population.Weekdays tuesdayDip = new Population.Weekdays(1, new double[] {0, 0.6, 0, 0, 0, 0, 0});
        Population.Quitting variants = new Population.Quitting(0.05, 0.2, 0.1, 1, 2.0, 0.5);
        Population base = tiny(GAIN, variants, 3.0);
        Population dipping = new Population("dipping", 1, base.start(), base.capacity(), base.capacityMax(),
                base.sigma(), GAIN, base.hardDays(), variants, tuesdayDip, null, null);
        SimulatedPerson.Traits prone = new SimulatedPerson.Traits(START, START + 2 * GAIN, true, 0, 1, 1.5, 0);
        for (double lambda : new double[] {0, 3}) {
            Oracle.Plan plan = new Oracle(dipping, prone, 3).plan(lambda, false);
            double best = new BruteForce(dipping, prone, 3, lambda).value(0, START, 0);
            assertThat(plan.volume() + lambda * plan.retention()).as("λ = " + lambda).isCloseTo(best, within(TOLERANCE));
        }
    }

    @Test
    void forAPersonWhoLetsDaysGoItStillMatches() {
        Population tiny = tiny(GAIN, new Population.Quitting(0.05, 0.2, 0.1), 3.0);
        SimulatedPerson.Traits forgetful = new SimulatedPerson.Traits(START, START + 2 * GAIN, false, 0, 1, 1, 0.25);
        for (double lambda : new double[] {0, 4}) {
            Oracle.Plan plan = new Oracle(tiny, forgetful, 3).plan(lambda, false);
            double best = new BruteForce(tiny, forgetful, 3, lambda).value(0, START, 0);
            assertThat(plan.volume() + lambda * plan.retention()).as("λ = " + lambda).isCloseTo(best, within(TOLERANCE));
        }
        Oracle.Plan steady = new Oracle(tiny, TINY_PERSON, 3).plan(0, false);
        assertThat(new Oracle(tiny, forgetful, 3).plan(0, false).volume()).isLessThan(steady.volume());
    }

    @Test
    void aLargerLambdaKeepsMorePeopleAndMovesLessVolume() {
        Population tiny = tiny(GAIN, new Population.Quitting(0.05, 0.2, 0.1), 3.0);
        Oracle oracle = new Oracle(tiny, TINY_PERSON, 3);
        Oracle.Plan volumeOnly = oracle.plan(0, false);
        Oracle.Plan keepers = oracle.plan(100, false);
        assertThat(keepers.retention()).isGreaterThan(volumeOnly.retention());
        assertThat(keepers.volume()).isLessThan(volumeOnly.volume());
    }

    /**
     * The plan's expectations against the mean of 4,000 lives it leads (a fixed seed, so the test
     * always sees the same lives). Four standard errors: a correct plan lands outside them once in
     * 16,000 seeds, while a plan whose sums were off by one day's volume would land far outside.
     */
    @Test
    void itsExpectationsAreWhatItsOwnSimulatedLivesAverage() {
        Population steady = new Population("steady", 1, new Population.Start(new Sizing(2, "minutes", 1, 1, 120.0), 30),
                new Population.LogNormal(4, 0.5), new Population.LogNormal(40, 0.5), 0.3, 0.02,
                new Population.HardDays(0.1, 0.7), new Population.Quitting(0.002, 0.03, 0.01));
        SimulatedPerson.Traits person = new SimulatedPerson.Traits(Math.log(4), Math.log(40));
        int days = 90;
        Oracle.Plan plan = new Oracle(steady, person, days).plan(150, true);
        int lives = 4000;
        double volume = 0;
        double volumeSquares = 0;
        int kept = 0;
        for (int life = 0; life < lives; life++) {
            SimulatedPerson someone = new SimulatedPerson(steady, person, Simulation.mix(11, life, 1));
            Simulation.Life lived = Simulation.live(new OraclePolicy(plan, someone, 1), someone, days);
            volume += lived.volume;
            volumeSquares += lived.volume * lived.volume;
            kept += lived.stayed ? 1 : 0;
        }
        double meanVolume = volume / lives;
        double volumeError = Math.sqrt((volumeSquares / lives - meanVolume * meanVolume) / lives);
        double retention = (double) kept / lives;
        double retentionError = Math.sqrt(plan.retention() * (1 - plan.retention()) / lives);
        assertThat(meanVolume).isCloseTo(plan.volume(), within(4 * volumeError));
        assertThat(retention).isCloseTo(plan.retention(), within(4 * retentionError));
        assertThat(plan.retention()).isBetween(0.5, 0.99);
    }

    private static Population tiny(double gain, Population.Quitting quit, double ceiling) {
        return new Population("tiny", 1, new Population.Start(new Sizing(1, "minutes", 1, 1, ceiling), 3),
                new Population.LogNormal(1, 0), new Population.LogNormal(1, 0), 1.0, gain,
                new Population.HardDays(0.3, 0.5), quit);
    }

    /**
     * Every sequence of sizes, every outcome and every resistance, by plain recursion on the exact
     * capacity. Resistance chances come from integrating the normal density numerically, not from the
     * approximation {@link Odds} uses.
     */
    private record BruteForce(Population population, SimulatedPerson.Traits person, int days, double lambda) {

        double value(int day, double logCapacity, int misses) {
            if (day == days) {
                return lambda;
            }
            Sizing sizing = population.start().sizing();
            double hard = worth(day, logCapacity, misses, sizing.floor(), population.hardDays().drop());
            double best = Double.NEGATIVE_INFINITY;
            for (double size = sizing.floor(); size <= sizing.ceiling(); size += sizing.quantum()) {
                best = Math.max(best, worth(day, logCapacity, misses, size, 0));
            }
            double q = population.hardDays().probability();
            return q * hard + (1 - q) * best;
        }

        private double worth(int day, double logCapacity, int misses, double size, double drop) {
            double today = logCapacity - drop - person.weekdayDrop(population, day);
            double z = (Math.log(size) - today) / population.sigma();
            double done = (1 - person.forgetting()) / (1 + Math.exp(z));
            double grown = Math.min(person.logCapacityMax(),
                    logCapacity + population.practiceGain() * Math.min(1, size / Math.exp(logCapacity)));
            double stayAfterDone = 0;
            double[] resistance = resistanceChances(z);
            for (int r = 0; r <= 10; r++) {
                int strain = Math.max(0, r - 6);
                stayAfterDone += resistance[r] * (1 - population.quit().chance(day, 0, strain, person.proneness()));
            }
            double afterDone = size + stayAfterDone * value(day + 1, grown, 0);
            double stayAfterMiss = 1 - population.quit().chance(day, misses + 1, 0, person.proneness());
            double afterMiss = stayAfterMiss * value(day + 1, logCapacity, misses + 1);
            return done * afterDone + (1 - done) * afterMiss;
        }

        /** Resistance r is done when the unrounded 5 + 2.5z + noise rounds to r, clamped to 0..10. */
        private static double[] resistanceChances(double z) {
            double[] chances = new double[11];
            double below = 0;
            for (int r = 0; r < 10; r++) {
                double upTo = normalBelow(r + 0.5 - 5 - 2.5 * z);
                chances[r] = upTo - below;
                below = upTo;
            }
            chances[10] = 1 - below;
            return chances;
        }

        /** The normal distribution function by Simpson's rule from −12: smooth, so exact to about 1e-12. */
        private static double normalBelow(double x) {
            double from = -12;
            if (x <= from) {
                return 0;
            }
            int steps = 4000;
            double h = (x - from) / steps;
            double sum = density(from) + density(x);
            for (int i = 1; i < steps; i++) {
                sum += (i % 2 == 1 ? 4 : 2) * density(from + i * h);
            }
            return sum * h / 3;
        }

        private static double density(double x) {
            return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
        }
    }
}
