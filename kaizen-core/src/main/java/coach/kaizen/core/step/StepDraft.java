package coach.kaizen.core.step;

import coach.kaizen.core.text.Text;

/** A step as the person writes it — the action, its sizing and its anchor — checked before it is saved. */
public record StepDraft(String action, Sizing sizing, String anchor) {

    public static final int MAX_ACTION = 120;
    public static final int MAX_ANCHOR = 200;

    public StepDraft {
        action = Text.required(action, "action", MAX_ACTION);
        anchor = Text.optional(anchor, "anchor", MAX_ANCHOR);
        if (sizing == null) {
            throw new IllegalArgumentException("amount, unit, quantum and floor are required");
        }
    }

    /** From what a person filled in: quantum defaults to 1, the floor to the smaller of quantum and amount. */
    public static StepDraft of(String action, Double amount, String unit, Double quantum, Double floor, Double ceiling,
            String anchor) {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        double step = quantum == null ? 1 : quantum;
        double smallest = floor == null ? Math.min(step, amount) : floor;
        return new StepDraft(action, new Sizing(amount, unit, step, smallest, ceiling), anchor);
    }
}
