package coach.kaizen.core.engine;

import coach.kaizen.core.step.Sizing;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.format.TextStyle;
import java.util.Locale;

/** Turns the evidence in an engine state into a plain, kind sentence. */
final class Reasons {

    private static final String[] COUNTS = {
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"
    };
    private static final int WEEK = 7;

    private Reasons() {
    }

    static Reason hardDay(Sizing sizing) {
        return new Reason(ReasonCode.HARD_DAY_FLOOR,
                "A hard day: the smallest version, " + sizing.mention(sizing.floor()) + ", counts fully today.");
    }

    static Reason explain(Action action, EngineState state, Sizing sizing, double size, LocalDate day) {
        String shown = sizing.mention(size);
        if (state.frozenOn(day)) {
            return new Reason(ReasonCode.CRISIS_PAUSE,
                    "Your safety comes first: " + shown + " is plenty, and nothing grows for a few days.");
        }
        if (state.limitedOn(day) && size >= state.limit()) {
            return limited(state, shown, day);
        }
        if (state.choseOn(day)) {
            return new Reason(ReasonCode.YOUR_CHOICE,
                    "You chose " + shown + " for today. Choosing smaller is part of the method, not a step back.");
        }
        if (state.lastSize() == null) {
            return new Reason(ReasonCode.FIRST_DAY,
                    "A first day: " + shown + " is small on purpose, easy to start and easy to repeat.");
        }
        return switch (action) {
            case GROW -> grow(state, shown);
            case SHRINK -> shrink(state, shown, day);
            default -> hold(state, sizing, size, shown, day);
        };
    }

    private static Reason limited(EngineState state, String shown, LocalDate day) {
        String until = state.limitUntil().equals(day) ? "today" : "until " + weekdayFrom(day, state.limitUntil());
        if (state.sinceSlipOn(day)) {
            return new Reason(ReasonCode.AFTER_SLIP,
                    "After a slip, small steps carry you back: " + shown + ", and nothing bigger " + until + ".");
        }
        return new Reason(ReasonCode.YOUR_CHOICE,
                "You chose " + shown + ", so the coach keeps to it " + until + ".");
    }

    /** "Monday", or "next Saturday" when that day is a week or more away (today may be a Saturday too). */
    private static String weekdayFrom(LocalDate day, LocalDate until) {
        String name = until.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return ChronoUnit.DAYS.between(day, until) >= WEEK ? "next " + name : name;
    }

    private static Reason grow(EngineState state, String shown) {
        if (state.easyRun() >= 2) {
            return new Reason(ReasonCode.GROW_AFTER_EASY_DAYS,
                    count(state.easyRun()) + " easy days in a row: ready for " + shown + "?");
        }
        return new Reason(ReasonCode.GROW_AFTER_DONE_DAYS, doneSoFar(state) + ": a small step up to " + shown + ".");
    }

    private static Reason shrink(EngineState state, String shown, LocalDate day) {
        return switch (lastEvent(state)) {
            case MISSED -> new Reason(ReasonCode.SHRINK_AFTER_MISSES,
                    misses(state, day) + ": a smaller step, " + shown + ", keeps you going.");
            case SLIPPED -> new Reason(ReasonCode.AFTER_SLIP,
                    "After a slip, a smaller step, " + shown + ", carries you back. Nothing you built is lost.");
            case HARD -> new Reason(ReasonCode.SHRINK_AFTER_HARD_DAY,
                    "It felt hard the last time you did it" + resistance(state) + ": a little smaller today, "
                            + shown + ".");
            case SHORT -> new Reason(ReasonCode.SHRINK_AFTER_SHORT_DAY,
                    "Last time you did less than planned, and that is useful to know: " + shown
                            + " fits better today.");
            default -> new Reason(ReasonCode.ADJUSTED, "Today's step: " + shown + ".");
        };
    }

    private static Reason hold(EngineState state, Sizing sizing, double size, String shown, LocalDate day) {
        return switch (lastEvent(state)) {
            case MISSED, SLIPPED -> new Reason(ReasonCode.HOLD_AFTER_MISS, isOneMiss(state, day)
                    ? "One miss changes little: " + shown + " again today."
                    : misses(state, day) + ": still " + shown + " today, and the smallest version counts too.");
            case EFFORTFUL -> new Reason(ReasonCode.HOLD_AFTER_EFFORT,
                    "It took some effort last time" + resistance(state) + ": " + shown
                            + " again, and it grows once it feels easy.");
            case HARD -> new Reason(ReasonCode.HOLD_AFTER_HARD_DAY,
                    "It felt hard the last time you did it" + resistance(state) + ": " + shown
                            + " again, with no growth until it feels easier.");
            case SHORT -> new Reason(ReasonCode.HOLD_AFTER_SHORT_DAY,
                    "Last time you did less than planned: " + shown
                            + " again, or the smallest version if today is heavy.");
            default -> sizing.atCeiling(size)
                    ? atCeiling(sizing, shown)
                    : new Reason(ReasonCode.HOLD_STEADY, doneSoFar(state) + ": " + shown + " again, it is working.");
        };
    }

    private static Reason atCeiling(Sizing sizing, String shown) {
        return new Reason(ReasonCode.HOLD_AT_CEILING, shown
                + (sizing.isLadder() ? " is the last rung of your ladder" : " is the most you set for this step")
                + ": keep it steady.");
    }

    private static Event lastEvent(EngineState state) {
        return state.lastEvent() == null ? Event.STEADY : state.lastEvent();
    }

    private static boolean isOneMiss(EngineState state, LocalDate day) {
        return state.missRun() < 2 && state.missesWithin(day, WEEK) < 2;
    }

    /** "Two misses in a row", "Two misses this week", "One miss". */
    private static String misses(EngineState state, LocalDate day) {
        if (state.missRun() >= 2) {
            return count(state.missRun()) + " misses in a row";
        }
        int thisWeek = state.missesWithin(day, WEEK);
        return thisWeek >= 2 ? count(thisWeek) + " misses this week" : "One miss";
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
