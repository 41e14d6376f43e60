package coach.kaizen.core.step;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.text.Refused;
import coach.kaizen.core.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/** A step as the person writes it — the action, its sizing, its anchor and its schedule — checked before it is saved. */
public record StepDraft(String action, Sizing sizing, String anchor, Schedule schedule) {

    public static final int MAX_ACTION = 120;
    public static final int MAX_ANCHOR = 200;
    /** A quantum not given, largest first; the last is {@link CheckIn#LEAST_AMOUNT}. */
    private static final List<BigDecimal> USUAL_QUANTA = Stream.of("1", "0.5", "0.25", "0.1", "0.05", "0.01", "0.005",
            "0.001").map(BigDecimal::new).toList();

    public StepDraft {
        action = Text.required(action, "action", MAX_ACTION);
        anchor = Text.optional(anchor, "anchor", MAX_ANCHOR);
        if (sizing == null) {
            throw new Refused("steps.problem.sizing");
        }
        if (!sizing.isLadder()) {
            requireShowable("amount", sizing.start());
            requireShowable("quantum", sizing.quantum());
            requireShowable("floor", sizing.floor());
        }
        if (sizing.ceiling() != null && sizing.ceiling() > CheckIn.MOST_AMOUNT) {
            throw new Refused("steps.problem.sizing.most.ceiling");
        }
        schedule = schedule == null ? Schedule.DAILY : schedule;
    }

    /** From {@link CheckIn#LEAST_AMOUNT} to {@link CheckIn#MOST_AMOUNT}: a size a person takes, and a page shows. */
    private static void requireShowable(String name, double size) {
        if (size > CheckIn.MOST_AMOUNT) {
            throw new Refused("steps.problem.sizing.most." + name);
        }
        if (size < CheckIn.LEAST_AMOUNT) {
            throw new Refused("steps.problem.sizing.least." + name);
        }
    }

    /** A daily step. */
    public StepDraft(String action, Sizing sizing, String anchor) {
        this(action, sizing, anchor, Schedule.DAILY);
    }

    /**
     * This step as a person asks for it now (not one brought in from before): its first day shows
     * the amount they wrote, so the amount must be a whole number of quanta.
     */
    public StepDraft startingAsWritten() {
        if (sizing.isLadder() || sizing.startsOnAQuantum()) {
            return this;
        }
        double below = sizing.wholeQuantaIn(sizing.start());
        double above = sizing.atOrAbove(sizing.start());
        double fits = quantumFor(sizing.start());
        throw below == 0
                ? new Refused("steps.problem.sizing.quanta.one", sizing.start(), sizing.quantum(), above, fits)
                : new Refused("steps.problem.sizing.quanta", sizing.start(), sizing.quantum(), below, above, fits);
    }

    /**
     * From what a person filled in: quantum defaults to 1, or to the largest of 0.5, 0.25, 0.1…
     * that counts the amount whole (2.5 km in steps of 0.5); the floor to the smaller of quantum and
     * amount; the schedule to daily. With rungs it is a ladder, and the amount is the rung to start
     * on (the first by default); unit, quantum, floor and ceiling then follow from the ladder.
     */
    public static StepDraft of(String action, Double amount, String unit, Double quantum, Double floor, Double ceiling,
            String anchor, String schedule, List<String> rungs) {
        Schedule days = schedule == null || schedule.isBlank() ? Schedule.DAILY : Schedule.parse(schedule);
        if (rungs != null && !rungs.isEmpty()) {
            return new StepDraft(action, Sizing.ladder(rungs, amount == null ? 1 : amount), anchor, days);
        }
        if (amount == null) {
            throw new Refused("steps.problem.amount");
        }
        if (unit == null || unit.isBlank()) {
            throw new Refused("steps.problem.unit");
        }
        double step = quantum == null ? quantumFor(amount) : quantum;
        double smallest = floor == null ? Math.min(step, amount) : floor;
        return new StepDraft(action, new Sizing(amount, unit, step, smallest, ceiling), anchor, days);
    }

    /** The largest usual quantum the amount is a whole number of. */
    private static double quantumFor(double amount) {
        if (!Double.isFinite(amount)) {
            return 1; // the sizing refuses such an amount, naming it
        }
        BigDecimal written = BigDecimal.valueOf(amount);
        return USUAL_QUANTA.stream().filter(quantum -> written.remainder(quantum).signum() == 0).findFirst()
                .orElse(USUAL_QUANTA.get(USUAL_QUANTA.size() - 1)).doubleValue();
    }
}
