package coach.kaizen.core.simulation;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs every policy on the same simulated people for a number of days and averages what
 * happened. The same seed gives the same numbers.
 */
public final class Simulation {

    /** A Monday, so weekdays fall the same way in every run. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    public static final int MAX_DAYS = 3650;

    private final Population population;
    private final int days;
    private final long seed;
    private final Engine engine;

    public Simulation(Population population, int days, long seed, Engine engine) {
        if (days < 1 || days > MAX_DAYS) {
            throw Population.refused("days", "days must be from 1 to " + MAX_DAYS, String.valueOf(MAX_DAYS));
        }
        this.population = population;
        this.days = days;
        this.seed = seed;
        this.engine = engine;
    }

    /** Runs the simulation; {@code progress} hears how many people are done so far. */
    public SimulationResult run(IntConsumer progress) {
        PolicyKind[] kinds = PolicyKind.values();
        Tally[] tallies = new Tally[kinds.length];
        Arrays.setAll(tallies, i -> new Tally());
        for (int person = 0; person < population.people(); person++) {
            SimulatedPerson.Traits traits = SimulatedPerson.Traits.draw(population, mix(seed, person, 0));
            for (int k = 0; k < kinds.length; k++) {
                SimulatedPerson someone = new SimulatedPerson(population, traits, mix(seed, person, 1));
                tallies[k].add(live(kinds[k].create(population.start(), engine), someone, days));
            }
            progress.accept(person + 1);
        }
        List<PolicyResult> results = Arrays.stream(kinds)
                .map(kind -> tallies[kind.ordinal()].result(kind.label(), population.people()))
                .toList();
        return new SimulationResult(population.name(), days, seed, population.people(), results);
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

    /** Sums over people, in person order so the totals are the same on every run. */
    private static final class Tally {
        double retention;
        double successRate;
        double volume;
        double finalSizeToCapacity;
        double longestMissRun;

        void add(Life life) {
            retention += life.stayed ? 1 : 0;
            successRate += (double) life.doneDays / life.activeDays;
            volume += life.volume;
            finalSizeToCapacity += life.finalSizeToCapacity;
            longestMissRun += life.longestMissRun;
        }

        PolicyResult result(String policy, int people) {
            return new PolicyResult(policy, retention / people, successRate / people, volume / people,
                    finalSizeToCapacity / people, longestMissRun / people);
        }
    }
}
