package coach.kaizen.core.simulation;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Runs every policy on the same simulated people, each through several fresh draws of their days
 * (replicates), and scores them in expectation against the oracle's frontier (docs/engine.md
 * §5.4). The same seed gives the same numbers.
 */
public final class Simulation {

    /** A Monday, so weekdays fall the same way in every run. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    public static final int MAX_DAYS = 3650;
    public static final int MAX_REPLICATES = 1000;
    public static final int DEFAULT_REPLICATES = 8;
    /**
     * The λs of the frontier, as multiples of the oracle's expected volume when only volume counts:
     * a person kept is worth from nothing to 1,024 times what an average person does. The last
     * reaches about the most people any coach keeps where quitting barely depends on the sizes.
     */
    static final double[] LAMBDAS = {0, 0.125, 0.25, 0.5, 1, 2, 4, 8, 16, 64, 1024};

    private final Population population;
    private final int days;
    private final long seed;
    private final int replicates;
    private final Engine engine;

    public Simulation(Population population, int days, long seed, int replicates, Engine engine) {
        if (days < 1 || days > MAX_DAYS) {
            throw Population.refused("days", "days must be from 1 to " + MAX_DAYS, String.valueOf(MAX_DAYS));
        }
        if (replicates < 2 || replicates > MAX_REPLICATES) {
            throw Population.refused("replicates", "replicates must be from 2 to " + MAX_REPLICATES,
                    String.valueOf(MAX_REPLICATES));
        }
        this.population = population;
        this.days = days;
        this.seed = seed;
        this.replicates = replicates;
        this.engine = engine;
    }

    /** Runs the simulation; {@code progress} hears how many people are done so far. */
    public SimulationResult run(IntConsumer progress) {
        return run(null, progress);
    }

    /**
     * Runs every policy but the oracle and scores them against {@code frontier}, the oracle's frontier
     * of an earlier run on these same people (same population, days and seed): the oracle's planning,
     * most of a run's time, is not done again.
     */
    public SimulationResult runAgainst(Frontier frontier, IntConsumer progress) {
        return run(Objects.requireNonNull(frontier), progress);
    }

    private SimulationResult run(Frontier known, IntConsumer progress) {
        List<PolicyKind> kinds = Arrays.stream(PolicyKind.values())
                .filter(kind -> known == null || kind != PolicyKind.ORACLE).toList();
        Tally[] tallies = new Tally[PolicyKind.values().length];
        Arrays.setAll(tallies, i -> new Tally());
        OracleRuns oracle = known == null ? new OracleRuns(volumeOnly()) : null;
        for (int person = 0; person < population.people(); person++) {
            SimulatedPerson.Traits traits = traits(person);
            for (PolicyKind kind : kinds) {
                if (kind != PolicyKind.ORACLE) {
                    for (int r = 0; r < replicates; r++) {
                        SimulatedPerson someone = someone(traits, person, r);
                        tallies[kind.ordinal()].add(live(kind.create(population.start(), engine), someone, days));
                    }
                    tallies[kind.ordinal()].endPerson();
                }
            }
            if (oracle != null) {
                oracle.plan(traits, person);
            }
            progress.accept(person + 1);
        }
        Frontier frontier = oracle == null ? known : oracle.frontier();
        if (oracle != null) {
            double aim = tallies[PolicyKind.FIXED_FLOOR.ordinal()].retention() - Goal.BELOW_FIXED_FLOOR;
            tallies[PolicyKind.ORACLE.ordinal()] = oracle.keepingAtLeast(aim);
        }
        List<PolicyResult> results = kinds.stream()
                .map(kind -> tallies[kind.ordinal()].result(kind.label(), population.people(), frontier))
                .toList();
        return new SimulationResult(population.name(), days, seed, population.people(), replicates, results, frontier);
    }

    /** The oracle at every λ: its plans' expectations, which make the frontier, and its runs on the days drawn. */
    private final class OracleRuns {
        private final double unit;
        private final Tally[] runs = new Tally[LAMBDAS.length];
        private final double[] volume = new double[LAMBDAS.length];
        private final double[] kept = new double[LAMBDAS.length];

        OracleRuns(double unit) {
            this.unit = unit;
            Arrays.setAll(runs, i -> new Tally());
        }

        void plan(SimulatedPerson.Traits traits, int person) {
            Oracle best = new Oracle(population, traits, days);
            for (int k = 0; k < LAMBDAS.length; k++) {
                Oracle.Plan plan = best.plan(LAMBDAS[k] * unit, true);
                volume[k] += plan.volume();
                kept[k] += plan.retention();
                for (int r = 0; r < replicates; r++) {
                    SimulatedPerson someone = someone(traits, person, r);
                    runs[k].add(live(new OraclePolicy(plan, someone, population.start().sizing().floor()), someone,
                            days));
                }
                runs[k].endPerson();
            }
        }

        Frontier frontier() {
            int people = population.people();
            List<Frontier.Point> points = new ArrayList<>();
            for (int k = 0; k < LAMBDAS.length; k++) {
                points.add(new Frontier.Point(LAMBDAS[k] * unit, kept[k] / people, volume[k] / people));
            }
            return new Frontier(points);
        }

        /** The runs at the smallest λ whose oracle keeps at least {@code aim}: the oracle the goal compares with. */
        Tally keepingAtLeast(double aim) {
            return runs[oracleAt(kept, population.people(), aim)];
        }
    }

    /** The smallest λ whose oracle keeps at least {@code aim} of the people: the oracle the goal compares with. */
    private static int oracleAt(double[] kept, int people, double aim) {
        for (int k = 0; k < kept.length; k++) {
            if (kept[k] / people >= aim) {
                return k;
            }
        }
        return kept.length - 1;
    }

    /** The oracle's expected volume per person when only volume counts: the unit of λ. */
    private double volumeOnly() {
        double volume = 0;
        for (int person = 0; person < population.people(); person++) {
            volume += new Oracle(population, traits(person), days).plan(0, false).volume();
        }
        return Math.max(1e-9, volume / population.people());
    }

    private SimulatedPerson.Traits traits(int person) {
        return SimulatedPerson.Traits.draw(population, mix(seed, person, 0));
    }

    /** The person on their {@code replicate}th draw of days: the same for every policy. */
    private SimulatedPerson someone(SimulatedPerson.Traits traits, int person, int replicate) {
        return new SimulatedPerson(population, traits, mix(mix(seed, person, 1), replicate, 0));
    }

    /** One person's days under one policy, until the last day or until they give up. */
    static Life live(Policy policy, SimulatedPerson person, int days) {
        Life life = new Life();
        LocalDate day = FIRST_DAY;
        for (int d = 0; d < days && !person.hasQuit(); d++, day = day.plusDays(1)) {
            Readiness readiness = person.wakeUp();
            double size = policy.propose(day, readiness);
            SimulatedPerson.Attempt attempt = person.attempt(size);
            life.count(attempt.done(), size);
            CheckIn checkIn = attempt.done()
                    ? new CheckIn(day, Outcome.DONE, size, attempt.resistance(), null)
                    : CheckIn.missed(day);
            policy.record(checkIn, readiness);
        }
        life.end(!person.hasQuit(), policy.regularSize(day) / person.capacity());
        return life;
    }

    /** SplitMix64's finaliser over the seed, the person and the stream: independent, repeatable seeds. */
    static long mix(long seed, int person, int stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (person * 2L + stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One person's life under one policy. */
    static final class Life {
        int activeDays;
        int doneDays;
        double volume;
        int missRun;
        int longestMissRun;
        boolean stayed;
        double finalSizeToCapacity;

        void count(boolean done, double size) {
            activeDays++;
            if (done) {
                doneDays++;
                volume += size;
                missRun = 0;
            } else {
                missRun++;
                longestMissRun = Math.max(longestMissRun, missRun);
            }
        }

        void end(boolean stayedToTheEnd, double sizeToCapacity) {
            stayed = stayedToTheEnd;
            finalSizeToCapacity = sizeToCapacity;
        }
    }

    /**
     * Sums over people and their replicates, in order so the totals are the same on every run.
     * Standard errors count only how each person's days fall, not who the people are: the
     * frontier is computed for these same people.
     */
    private static final class Tally {
        final Spread retention = new Spread();
        final Spread volume = new Spread();
        double successRate;
        double finalSizeToCapacity;
        double longestMissRun;
        int lives;

        void add(Life life) {
            retention.add(life.stayed ? 1 : 0);
            volume.add(life.volume);
            successRate += (double) life.doneDays / life.activeDays;
            finalSizeToCapacity += life.finalSizeToCapacity;
            longestMissRun += life.longestMissRun;
            lives++;
        }

        void endPerson() {
            retention.endPerson();
            volume.endPerson();
        }

        double retention() {
            return retention.mean(lives);
        }

        PolicyResult result(String policy, int people, Frontier frontier) {
            double kept = retention.mean(lives);
            double moved = volume.mean(lives);
            return new PolicyResult(policy, kept, retention.error(people, lives), successRate / lives, moved,
                    volume.error(people, lives), finalSizeToCapacity / lives, longestMissRun / lives,
                    efficiency(moved, frontier.volumeAt(kept)), frontier.retentionAt(moved) - kept);
        }

        /** Where no coach can move anything, nothing was lost. */
        private static double efficiency(double volume, double best) {
            return best > 0 ? volume / best : 1;
        }
    }

    /** A mean over people and replicates, with the spread of each person's replicates about their own mean. */
    private static final class Spread {
        double sum;
        double withinPeople;
        double personSum;
        double personSquares;
        int personCount;

        void add(double x) {
            sum += x;
            personSum += x;
            personSquares += x * x;
            personCount++;
        }

        void endPerson() {
            double mean = personSum / personCount;
            withinPeople += Math.max(0, personSquares - personCount * mean * mean) / (personCount - 1);
            personSum = 0;
            personSquares = 0;
            personCount = 0;
        }

        double mean(int lives) {
            return sum / lives;
        }

        /** √(Σ s_i² / R) / n: the standard error of the mean over R replicates of n people. */
        double error(int people, int lives) {
            int replicates = lives / people;
            return Math.sqrt(withinPeople / replicates) / people;
        }
    }
}
