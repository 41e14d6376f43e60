package coach.kaizen.core.engine;

/**
 * Kaernbach's weighted up-down rule on the log of a step's size: a success moves the level
 * up by {@code up}, a miss down by {@code down}, and the success rate settles where
 * {@code p·up = (1−p)·down}.
 */
public record UpDownController(double up, double down) {

    /** About one percent more per success. */
    public static final double ONE_PERCENT = Math.log(1.01);

    public UpDownController {
        if (!(up > 0) || !(down > 0) || !Double.isFinite(up) || !Double.isFinite(down)) {
            throw new IllegalArgumentException("up and down moves must be above zero");
        }
    }

    /** One-percent growth, with the down move that makes {@code target} the long-run success rate. */
    public static UpDownController forTarget(double target) {
        if (!(target > 0) || !(target < 1)) {
            throw new IllegalArgumentException("target success rate must lie between 0 and 1");
        }
        return new UpDownController(ONE_PERCENT, ONE_PERCENT * target / (1 - target));
    }

    /** The success rate this controller holds a person at. */
    public double equilibrium() {
        return down / (up + down);
    }

    public double afterSuccess(double level) {
        return level + up;
    }

    public double afterMiss(double level) {
        return level - down;
    }

    /** Done, but it felt hard: half a miss, so it never grows. */
    public double afterHardSuccess(double level) {
        return level - down / 2;
    }
}
