package coach.kaizen.core.step;

import coach.kaizen.core.text.Text;
import java.math.BigDecimal;

/**
 * How big a step is and how it may move: a start size, the quantum it is shown in,
 * the floor (the smallest version, for hard days) and an optional ceiling.
 */
public record Sizing(double start, String unit, double quantum, double floor, Double ceiling) {

    public static final int MAX_UNIT = 30;

    public Sizing {
        requirePositive(start, "amount");
        requirePositive(quantum, "quantum");
        requirePositive(floor, "floor");
        unit = Text.required(unit, "unit", MAX_UNIT);
        if (start < floor) {
            throw new IllegalArgumentException("amount must be at least the floor (" + plain(floor) + ")");
        }
        if (ceiling != null && (!Double.isFinite(ceiling) || ceiling < start)) {
            throw new IllegalArgumentException("ceiling must be at least the amount (" + plain(start) + ")");
        }
    }

    private static void requirePositive(double value, String name) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(name + " must be a number above zero");
        }
    }

    public double startLevel() {
        return Math.log(start);
    }

    /** Keeps a level inside [ln floor, ln ceiling]. */
    public double clamp(double level) {
        double low = Math.log(floor);
        double high = ceiling == null ? Double.POSITIVE_INFINITY : Math.log(ceiling);
        return Math.min(high, Math.max(low, level));
    }

    /** The size a person sees for a level: rounded to the quantum, never outside floor and ceiling. */
    public double show(double level) {
        long quanta = Math.max(1, Math.round(Math.exp(level) / quantum));
        double rounded = BigDecimal.valueOf(quantum).multiply(BigDecimal.valueOf(quanta)).doubleValue();
        double atLeastFloor = Math.max(floor, rounded);
        return ceiling == null ? atLeastFloor : Math.min(ceiling, atLeastFloor);
    }

    public boolean atCeiling(double size) {
        return ceiling != null && size >= ceiling;
    }

    /** "5 minutes", "1 minute", "1 glass", "2.5 km". */
    public String describe(double size) {
        return plain(size) + " " + (size == 1 ? singular(unit) : unit);
    }

    /** 5.0 as "5", 2.50 as "2.5". */
    public static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** English plurals of the usual units: minutes, pages, reps, glasses, boxes; "glass" and "km" stay. */
    static String singular(String unit) {
        if (unit.matches(".*(ss|sh|ch|x)es")) {
            return unit.substring(0, unit.length() - 2);
        }
        if (unit.length() > 1 && unit.endsWith("s") && !unit.matches(".*(ss|us|is)")) {
            return unit.substring(0, unit.length() - 1);
        }
        return unit;
    }
}
