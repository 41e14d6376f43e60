package coach.kaizen.core.step;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import coach.kaizen.core.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How big a step is and how it may move: a start size, the quantum it is shown in,
 * the floor (the smallest version, for hard days) and an optional ceiling.
 *
 * <p>A qualitative step has no amount: it moves along a ladder of {@code rungs} the person
 * wrote, and its size is the rung's number (1 to n), from the first rung to the last, one at
 * a time. An amount has no rungs (an empty list).
 */
public record Sizing(double start, String unit, double quantum, double floor, Double ceiling, List<String> rungs) {

    public static final int MAX_UNIT = 30;
    public static final int MIN_RUNGS = 2;
    public static final int MAX_RUNGS = 12;
    public static final int MAX_RUNG = 80;
    /** A ladder's unit: its size counts rungs. */
    public static final String RUNGS = "rungs";

    /**
     * Rungs sit as far apart in level as sizes 10% apart; a start or a choice sits mid-rung, halfway to the next.
     */
    static final double RUNG_APART = Math.log(1.1);

    // The plurals that singular() reads, compiled once: every proposal's reason names its size.
    private static final Pattern ES_PLURAL = Pattern.compile(".*(ss|sh|ch|x)es");
    private static final Pattern NOT_PLURAL = Pattern.compile(".*(ss|us|is)");
    // Spanish units a person types often: "veces" is "vez", and "flexiones", "sesiones" end in "ión".
    private static final Pattern ES_IONES = Pattern.compile("(.*)iones");

    public Sizing {
        rungs = checkedRungs(rungs);
        if (!rungs.isEmpty()) {
            requireLadderShape(start, quantum, floor, ceiling, rungs.size());
        }
        requirePositive(start, "amount");
        requirePositive(quantum, "quantum");
        requirePositive(floor, "floor");
        unit = Text.required(unit, "unit", MAX_UNIT);
        if (start < floor) {
            throw new Refused("steps.problem.sizing.belowFloor", plain(floor));
        }
        if (ceiling != null) {
            requireHoldable(ceiling, "ceiling");
        }
        if (ceiling != null && (!Double.isFinite(ceiling) || ceiling < start)) {
            throw new Refused("steps.problem.sizing.ceiling", plain(start));
        }
    }

    /** An amount: no rungs. */
    public Sizing(double start, String unit, double quantum, double floor, Double ceiling) {
        this(start, unit, quantum, floor, ceiling, List.of());
    }

    /**
     * A qualitative step on the person's own ladder, starting on rung {@code startRung} (1 is the
     * first; it must be whole, and the constructor says so).
     */
    public static Sizing ladder(List<String> rungs, double startRung) {
        int last = rungs == null ? 0 : rungs.size();
        // No rungs at all would otherwise read as an amount.
        requireRungCount(last);
        return new Sizing(startRung, RUNGS, 1, 1, (double) last, rungs);
    }

    /** The rungs trimmed: 2 to 12 of them, each 1–80 characters, no two alike. None at all is an amount. */
    private static List<String> checkedRungs(List<String> rungs) {
        if (rungs == null || rungs.isEmpty()) {
            return List.of();
        }
        requireRungCount(rungs.size());
        List<String> checked = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String rung : rungs) {
            int number = checked.size() + 1;
            String text = rung == null ? "" : rung.strip();
            if (text.isEmpty()) {
                throw new Refused("steps.problem.rungs.empty", Integer.toString(number));
            }
            if (text.length() > MAX_RUNG) {
                throw new Refused("steps.problem.rungs.tooLong", Integer.toString(number), Integer.toString(MAX_RUNG));
            }
            if (text.lines().count() > 1) {
                throw new Refused("steps.problem.rungs.oneLine", Integer.toString(number));
            }
            Integer same = seen.putIfAbsent(text.toLowerCase(Locale.ROOT), number);
            if (same != null) {
                throw new Refused("steps.problem.rungs.repeats", Integer.toString(number), Integer.toString(same));
            }
            checked.add(text);
        }
        return List.copyOf(checked);
    }

    private static void requireRungCount(int count) {
        if (count < MIN_RUNGS || count > MAX_RUNGS) {
            throw new Refused("steps.problem.rungs.count", Integer.toString(MIN_RUNGS), Integer.toString(MAX_RUNGS),
                    Integer.toString(count));
        }
    }

    private static void requireLadderShape(double start, double quantum, double floor, Double ceiling, int last) {
        if (start != Math.rint(start) || start < 1 || start > last) {
            throw new Refused("steps.problem.rungs.start", Integer.toString(last));
        }
        if (quantum != 1 || floor != 1 || ceiling == null || ceiling != last) {
            throw new Refused("steps.problem.rungs.shape");
        }
    }

    /** 1e400 in JSON reads as infinity: a number too large to hold, said as what it is. */
    private static void requireHoldable(double value, String name) {
        if (value == Double.POSITIVE_INFINITY) {
            throw new Refused("steps.problem.sizing.most." + name);
        }
    }

    private static void requirePositive(double value, String name) {
        requireHoldable(value, name);
        if (!Double.isFinite(value) || value <= 0) {
            throw new Refused("steps.problem.sizing.positive." + name);
        }
    }

    public boolean isLadder() {
        return !rungs.isEmpty();
    }

    /** Where a size sits on the continuous level: {@code ln size}, or for a ladder {@link #RUNG_APART} per rung. */
    public double levelOf(double size) {
        return isLadder() ? (size - 1) * RUNG_APART : Math.log(size);
    }

    public double startLevel() {
        return levelOf(start);
    }

    /** Keeps a level between the floor's and the ceiling's. */
    public double clamp(double level) {
        double low = levelOf(floor);
        double high = ceiling == null ? Double.POSITIVE_INFINITY : levelOf(ceiling);
        return Math.min(high, Math.max(low, level));
    }

    /** The size a person sees for a level: rounded to the quantum (a whole rung), never outside floor and ceiling. */
    public double show(double level) {
        long quanta = Math.max(1, Math.round(isLadder() ? 1 + level / RUNG_APART : Math.exp(level) / quantum));
        double rounded = BigDecimal.valueOf(quantum).multiply(BigDecimal.valueOf(quanta)).doubleValue();
        double atLeastFloor = Math.max(floor, rounded);
        return ceiling == null ? atLeastFloor : Math.min(ceiling, atLeastFloor);
    }

    /** Whether the start is a whole number of quanta, so that the first day shows the amount as written. */
    public boolean startsOnAQuantum() {
        return onAQuantum(start);
    }

    /** Whether {@code size} is a whole number of quanta. */
    public boolean onAQuantum(double size) {
        return BigDecimal.valueOf(size).remainder(BigDecimal.valueOf(quantum)).signum() == 0;
    }

    /** The size the step shows that is nearest {@code size} without going over it, and never below the floor. */
    public double atOrBelow(double size) {
        return Math.max(floor, wholeQuantaIn(size));
    }

    /** The size the step shows that is nearest {@code size} without falling below it (7 minutes in 5s: 10). */
    public double atOrAbove(double size) {
        double below = wholeQuantaIn(size);
        return below == size ? size : BigDecimal.valueOf(below).add(BigDecimal.valueOf(quantum)).doubleValue();
    }

    /** The most whole quanta {@code size} holds, in decimal so that 0.3 holds three of 0.1: 0 when it holds none. */
    public double wholeQuantaIn(double size) {
        BigDecimal step = BigDecimal.valueOf(quantum);
        return BigDecimal.valueOf(size).divideToIntegralValue(step).multiply(step).doubleValue();
    }

    public boolean atCeiling(double size) {
        return ceiling != null && size >= ceiling;
    }

    /**
     * A size as a person reads it: "5 minutes", "1 minute", "2.5 km" (the number in their language's
     * digits, so "2,5 km" in Spanish); on a ladder the rung as the person wrote it.
     */
    public Message said(double size) {
        if (isLadder()) {
            return Message.of("size.rung", rungs.get((int) size - 1));
        }
        return Message.of("size.amount", size, size == 1 ? singular(unit) : unit);
    }

    /** A size inside a sentence: as said, or a rung in quotes so it reads as the person's own words. */
    public Message mention(double size) {
        return isLadder() ? Message.of("size.rungQuoted", rungs.get((int) size - 1)) : said(size);
    }

    /** 5.0 as "5", 2.50 as "2.5". */
    public static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /**
     * English plurals of the usual units: minutes, pages, reps, glasses, boxes; "glass" and "km" stay. Spanish
     * ones too: minutos, páginas, veces, flexiones.
     */
    static String singular(String unit) {
        if (unit.equals("veces")) {
            return "vez";
        }
        Matcher iones = ES_IONES.matcher(unit);
        if (iones.matches()) {
            return iones.group(1) + "ión";
        }
        if (ES_PLURAL.matcher(unit).matches()) {
            return unit.substring(0, unit.length() - 2);
        }
        if (unit.length() > 1 && unit.endsWith("s") && !NOT_PLURAL.matcher(unit).matches()) {
            return unit.substring(0, unit.length() - 1);
        }
        return unit;
    }
}
