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
 * @param weekdays     a weekly rhythm in capacity, or null for none
 * @param reporting    how people report resistance, or null for as they feel it
 * @param forgetting   each person's chance that a day goes undone whatever its size (forgotten, or
 *                     taken up by something else), or null for none
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
        Quitting quit,
        Weekdays weekdays,
        Reporting reporting,
        LogNormal forgetting) {

    public static final int MAX_PEOPLE = 1_000_000;
    /** No one forgets more than half their days: past that a step is not theirs. */
    static final double MOST_FORGETTING = 0.5;

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
        if (forgetting != null) {
            check(forgetting, "forgetting");
            Check.probability(forgetting.median(), "forgetting.median");
        }
    }

    /** The population of the first three files: no weekly rhythm, resistance reported as felt, no forgetting. */
    public Population(String name, int people, Start start, LogNormal capacity, LogNormal capacityMax, double sigma,
            double practiceGain, HardDays hardDays, Quitting quit) {
        this(name, people, start, capacity, capacityMax, sigma, practiceGain, hardDays, quit, null, null, null);
    }

    /**
     * The first {@code count} of these people, each drawn as in the whole population (a person's
     * traits come from the seed and their place alone): a quicker run on the same people.
     */
    public Population first(int count) {
        if (count < 1 || count > people) {
            throw refused("people", "people must be from 1 to " + people, String.valueOf(people));
        }
        return new Population(name, count, start, capacity, capacityMax, sigma, practiceGain, hardDays, quit, weekdays,
                reporting, forgetting);
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

    /**
     * Each night {@code P(quit) = proneness · ½^(day / halfLife) · (base + perMiss · max(0, misses in a row − graceMisses)
     * + perResistance · strain)}, strain being {@code max(0, felt resistance − 6)} on a day done. A
     * person's proneness is log-normal with median 1 and {@code spread}; no {@code halfLife} means
     * the risk never fades.
     */
    public record Quitting(double base, double perMiss, double perResistance, int graceMisses, Double halfLife,
            double spread) {
        public Quitting {
            Check.probability(base, "quit.base");
            Check.probability(perMiss, "quit.perMiss");
            Check.probability(perResistance, "quit.perResistance");
            Check.atLeastZero(graceMisses, "quit.graceMisses");
            if (halfLife != null) {
                Check.positive(halfLife, "quit.halfLife");
            }
            Check.atLeastZero(spread, "quit.spread");
        }

        public Quitting(double base, double perMiss, double perResistance) {
            this(base, perMiss, perResistance, 0, null, 0);
        }

        /** The chance of giving up tonight, after day {@code day} (0 is the first), its misses in a row and its strain. */
        double chance(int day, int missesInARow, int strain, double proneness) {
            double fade = halfLife == null ? 1 : Math.pow(0.5, day / halfLife);
            double risk = base + perMiss * Math.max(0, missesInARow - graceMisses) + perResistance * strain;
            return Math.min(1, proneness * fade * risk);
        }

        double proneness(double standardNormal) {
            return Math.exp(spread * standardNormal);
        }
    }

    /**
     * A weekly rhythm: for a share of the people, ln C falls by {@code drop[d]} on weekday d
     * (Monday first); the others have none.
     */
    public record Weekdays(double share, double[] drop) {
        public static final int DAYS = 7;

        public Weekdays {
            Check.probability(share, "weekdays.share");
            if (drop == null || drop.length != DAYS) {
                throw refused("required", "weekdays.drop is required", "weekdays.drop");
            }
            drop = drop.clone();
            for (double day : drop) {
                Check.atLeastZero(day, "weekdays.drop");
            }
        }

        double drop(int day) {
            return drop[day % DAYS];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Weekdays that && share == that.share && java.util.Arrays.equals(drop, that.drop);
        }

        @Override
        public int hashCode() {
            return Double.hashCode(share) * 31 + java.util.Arrays.hashCode(drop);
        }

        @Override
        public String toString() {
            return "Weekdays[share=" + share + ", drop=" + java.util.Arrays.toString(drop) + "]";
        }
    }

    /**
     * How people report resistance: {@code 5 + offset + scale · (felt − 5)} before rounding, with
     * each person's offset normal ({@code offsetMean}, {@code offsetSpread}) and scale log-normal,
     * and {@code noise} points more of their own each day, give or take. Quitting still follows
     * what they feel.
     */
    public record Reporting(double offsetMean, double offsetSpread, LogNormal scale, double noise) {
        public Reporting {
            if (!Double.isFinite(offsetMean)) {
                throw refused("number", "reporting.offset.mean must be a number", "reporting.offset.mean");
            }
            Check.atLeastZero(offsetSpread, "reporting.offset.spread");
            check(scale, "reporting.scale");
            Check.atLeastZero(noise, "reporting.noise");
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
