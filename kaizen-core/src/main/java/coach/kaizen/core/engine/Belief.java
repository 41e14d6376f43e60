package coach.kaizen.core.engine;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Objects;

/**
 * What the engine believes about a person and one step, updated by every day they live with it: a
 * normal distribution over their capacity on an ordinary day ({@code capacity}, on the step's
 * level, see {@link coach.kaizen.core.step.Sizing#levelOf}) and over how much a day of practice at
 * capacity adds to it ({@code growth}), with the covariance of the two; and for each weekday
 * (Monday first) how far it lies from the person's other days, with its own doubt.
 *
 * <p>A day's chance of being done at level x is taken as Φ((capacity − x) / {@link #SPREAD}): a
 * day done or not done moves the belief by assumed-density filtering, the exact update for that
 * chance followed by the closest normal distribution.
 */
public record Belief(double capacity, double growth, double capacityVariance, double covariance,
        double growthVariance, double[] weekday, double[] weekdayVariance) {

    /** How much a weekday may differ from the person's other days, before any of it is seen. */
    static final double WEEKDAY_DOUBT = 0.25;

    /**
     * How far a person's capacity wanders from day to day on the level (a third of the size, about),
     * widened to the probit scale that matches a logistic curve of that spread.
     */
    static final double SPREAD = 1.702 * 0.3;
    /** How unsure the engine is at first of a person's capacity: a factor of about 1.8 either way. */
    static final double FIRST_DOUBT = 0.6;
    /** About 2% more capacity after a day of practice at capacity, give or take as much. */
    static final double GROWTH = 0.02;
    static final double GROWTH_DOUBT = 0.02;
    /** A little of capacity changes each day for reasons the engine never sees. */
    static final double DRIFT = 0.01 * 0.01;

    /**
     * The belief before any day, centred so that {@code startLevel}, the size the person chose, is
     * done with the chance whose normal quantile is {@code quantile}: a person picks a start they
     * think they can do.
     */
    static Belief before(double startLevel, double quantile) {
        double doubt = FIRST_DOUBT * FIRST_DOUBT;
        double[] weekdayVariance = new double[DayOfWeek.values().length];
        Arrays.fill(weekdayVariance, WEEKDAY_DOUBT * WEEKDAY_DOUBT);
        return new Belief(startLevel + quantile * Math.sqrt(SPREAD * SPREAD + doubt), GROWTH, doubt, 0,
                GROWTH_DOUBT * GROWTH_DOUBT, new double[weekdayVariance.length], weekdayVariance);
    }

    /** The level done with the chance whose normal quantile is {@code quantile}, for all the engine knows. */
    double levelAt(double quantile) {
        return capacity - quantile * Math.sqrt(SPREAD * SPREAD + capacityVariance);
    }

    /**
     * How far from {@link #levelAt} the level of the same chance lies on {@code day}'s weekday: where
     * that weekday has lain from the person's other days, less the caution its own doubt asks.
     */
    double weekdayShift(DayOfWeek day, double quantile) {
        int d = day.ordinal();
        double ordinary = SPREAD * SPREAD + capacityVariance;
        return weekday[d] - quantile * (Math.sqrt(ordinary + weekdayVariance[d]) - Math.sqrt(ordinary));
    }

    /** Whether {@code day}'s weekday has gone less well than the person's other days. */
    boolean harderOn(DayOfWeek day) {
        return weekday[day.ordinal()] < 0;
    }

    /** After a day at {@code level} on a {@code day} was done ({@code done}) or not. */
    Belief after(double level, DayOfWeek day, boolean done) {
        int d = day.ordinal();
        double total = SPREAD * SPREAD + capacityVariance + weekdayVariance[d];
        double root = Math.sqrt(total);
        double sign = done ? 1 : -1;
        double t = sign * (capacity + weekday[d] - level) / root;
        double hazard = Normal.hazard(t);
        double shrink = hazard * (hazard + t) / total;
        double[] shift = weekday.clone();
        double[] doubt = weekdayVariance.clone();
        shift[d] += sign * doubt[d] / root * hazard;
        doubt[d] *= 1 - doubt[d] * shrink;
        return new Belief(
                capacity + sign * capacityVariance / root * hazard,
                growth + sign * covariance / root * hazard,
                capacityVariance * (1 - capacityVariance * shrink),
                covariance * (1 - capacityVariance * shrink),
                growthVariance - covariance * covariance * shrink,
                shift, doubt);
    }

    /** A day of practice at {@code level}: capacity grows by the growth, in proportion to how near capacity it was. */
    Belief practised(double level) {
        double share = Math.min(1, Math.exp(level - capacity));
        return new Belief(
                capacity + share * Math.max(0, growth),
                growth,
                capacityVariance + 2 * share * covariance + share * share * growthVariance + DRIFT,
                covariance + share * growthVariance,
                growthVariance, weekday, weekdayVariance);
    }

    /** The same belief moved by {@code by}: the person's own word on what they can do. */
    Belief shifted(double by) {
        return new Belief(capacity + by, growth, capacityVariance, covariance, growthVariance, weekday,
                weekdayVariance);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Belief that && capacity == that.capacity && growth == that.growth
                && capacityVariance == that.capacityVariance && covariance == that.covariance
                && growthVariance == that.growthVariance && Arrays.equals(weekday, that.weekday)
                && Arrays.equals(weekdayVariance, that.weekdayVariance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(capacity, growth, capacityVariance, covariance, growthVariance, Arrays.hashCode(weekday),
                Arrays.hashCode(weekdayVariance));
    }

    @Override
    public String toString() {
        return "Belief[capacity=" + capacity + ", growth=" + growth + ", weekday=" + Arrays.toString(weekday) + "]";
    }
}
