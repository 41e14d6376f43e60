package coach.kaizen.core.simulation;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;

import coach.kaizen.core.step.Sizing;

/**
 * A population of simulated people (docs/engine.md §5.2): how their step starts, how able they are
 * and how that grows, how often a day is hard, and how easily they give up.
 *
 * @param sigma        how sharply success falls off around capacity, in log units
 * @param practiceGain how much ln C grows after a day done at or above capacity
 */
public record Population(
        String name,
        int people,
        Start start,
        LogNormal capacity,
        LogNormal capacityMax,
        double sigma,
        double practiceGain,
        HardDays hardDays,
        Quitting quit) {

    public static final int MAX_PEOPLE = 1_000_000;

    public Population {
        if (name == null || name.isBlank()) {
            throw refused("required", "name is required", "name");
        }
        if (people < 1 || people > MAX_PEOPLE) {
            throw refused("people", "people must be from 1 to " + MAX_PEOPLE, String.valueOf(MAX_PEOPLE));
        }
        required(start, "start");
        check(capacity, "capacity");
        check(capacityMax, "capacityMax");
        required(hardDays, "hardDays");
        required(quit, "quit");
        Check.positive(sigma, "sigma");
        Check.atLeastZero(practiceGain, "practiceGain");
    }

    private static void check(LogNormal draw, String field) {
        required(draw, field);
        Check.positive(draw.median(), field + ".median");
        Check.atLeastZero(draw.spread(), field + ".spread");
    }

    private static void required(Object part, String field) {
        if (part == null) {
            throw refused("required", field + " is required", field);
        }
    }

    /** The step every person starts with, and the size they say they would like to reach. */
    public record Start(Sizing sizing, double goal) {
        public Start {
            required(sizing, "start");
            Check.positive(goal, "start.goal");
        }
    }

    /** A log-normal draw: {@code ln X ~ N(ln median, spread)}. */
    public record LogNormal(double median, double spread) {
        double logOf(double standardNormal) {
            return Math.log(median) + spread * standardNormal;
        }
    }

    /** @param drop how far ln C falls on a hard day */
    public record HardDays(double probability, double drop) {
        public HardDays {
            Check.probability(probability, "hardDays.probability");
            Check.atLeastZero(drop, "hardDays.drop");
        }
    }

    /** Each day {@code P(quit) = base + perMiss · misses in a row + perResistance · max(0, resistance − 6)}. */
    public record Quitting(double base, double perMiss, double perResistance) {
        public Quitting {
            Check.probability(base, "quit.base");
            Check.probability(perMiss, "quit.perMiss");
            Check.probability(perResistance, "quit.perResistance");
        }

        /** The chance of giving up tonight, after today's misses in a row and today's strain. */
        double chance(int missesInARow, int strain) {
            return Math.min(1, base + perMiss * missesInARow + perResistance * strain);
        }
    }

    private static final class Check {
        static void positive(double value, String field) {
            if (!Double.isFinite(value) || value <= 0) {
                throw refused("positive", field + " must be a number above zero", field);
            }
        }

        static void atLeastZero(double value, String field) {
            if (!Double.isFinite(value) || value < 0) {
                throw refused("atLeastZero", field + " must be zero or more", field);
            }
        }

        static void probability(double value, String field) {
            if (!(value >= 0 && value <= 1)) {
                throw refused("probability", field + " must be from 0 to 1", field);
            }
        }
    }

    /** A refusal the command line says in the person's language ({@code simulation.problem.<what>}). */
    static Refused refused(String what, String english, String arg) {
        return new Refused(Message.of("simulation.problem." + what, arg), english);
    }
}
