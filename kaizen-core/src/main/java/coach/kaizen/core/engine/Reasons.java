package coach.kaizen.core.engine;

import coach.kaizen.core.step.Sizing;

/** Turns the evidence in an engine state into a plain, kind sentence. */
final class Reasons {

    private static final String[] COUNTS = {
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"
    };

    private Reasons() {
    }

    static Reason firstDay(Sizing sizing, double size) {
        return new Reason(ReasonCode.FIRST_DAY,
                "A first day: " + sizing.describe(size) + " is small on purpose, easy to start and easy to repeat.");
    }

    static Reason hardDay(Sizing sizing) {
        return new Reason(ReasonCode.HARD_DAY_FLOOR,
                "A hard day: the smallest version, " + sizing.describe(sizing.floor()) + ", counts fully today.");
    }

    static Reason explain(Action action, EngineState state, Sizing sizing, double size) {
        String shown = sizing.describe(size);
        return switch (action) {
            case GROW -> grow(state, shown);
            case SHRINK -> shrink(state, shown);
            default -> hold(state, sizing, size, shown);
        };
    }

    private static Reason grow(EngineState state, String shown) {
        if (state.easyRun() >= 2) {
            return new Reason(ReasonCode.GROW_AFTER_EASY_DAYS,
                    count(state.easyRun()) + " easy days in a row: ready for " + shown + "?");
        }
        return new Reason(ReasonCode.GROW_AFTER_DONE_DAYS, doneSoFar(state) + ": a small step up to " + shown + ".");
    }

    private static Reason shrink(EngineState state, String shown) {
        Event last = state.lastEvent() == null ? Event.STEADY : state.lastEvent();
        return switch (last) {
            case MISSED -> new Reason(ReasonCode.SHRINK_AFTER_MISSES, state.missRun() >= 2
                    ? count(state.missRun()) + " misses in a row: a smaller step, " + shown + ", keeps you going."
                    : "After a miss, a slightly smaller step: " + shown + ".");
            case HARD -> new Reason(ReasonCode.SHRINK_AFTER_HARD_DAY,
                    "It felt hard the last time you did it" + resistance(state) + ": a little smaller today, "
                            + shown + ".");
            case SHORT -> new Reason(ReasonCode.SHRINK_AFTER_SHORT_DAY,
                    "Last time you did less than planned, and that is useful to know: " + shown
                            + " fits better today.");
            default -> new Reason(ReasonCode.ADJUSTED, "Today's step: " + shown + ".");
        };
    }

    private static Reason hold(EngineState state, Sizing sizing, double size, String shown) {
        Event last = state.lastEvent() == null ? Event.STEADY : state.lastEvent();
        return switch (last) {
            case MISSED -> new Reason(ReasonCode.HOLD_AFTER_MISS, state.missRun() >= 2
                    ? count(state.missRun()) + " misses in a row: still " + shown
                            + " today, and the smallest version counts too."
                    : "One miss changes little: " + shown + " again today.");
            case HARD -> new Reason(ReasonCode.HOLD_AFTER_HARD_DAY,
                    "It felt hard the last time you did it" + resistance(state) + ": " + shown
                            + " again, with no growth until it feels easier.");
            case SHORT -> new Reason(ReasonCode.HOLD_AFTER_SHORT_DAY,
                    "Last time you did less than planned: " + shown
                            + " again, or the smallest version if today is heavy.");
            default -> sizing.atCeiling(size)
                    ? new Reason(ReasonCode.HOLD_AT_CEILING,
                            shown + " is the most you set for this step: keep it steady.")
                    : new Reason(ReasonCode.HOLD_STEADY, doneSoFar(state) + ": " + shown + " again, it is working.");
        };
    }

    private static String doneSoFar(EngineState state) {
        return state.doneRun() <= 1 ? "Done last time" : count(state.doneRun()) + " days done in a row";
    }

    private static String resistance(EngineState state) {
        return state.lastResistance() == null ? "" : " (resistance " + state.lastResistance() + ")";
    }

    private static String count(int n) {
        return n < COUNTS.length ? COUNTS[n] : Integer.toString(n);
    }
}
