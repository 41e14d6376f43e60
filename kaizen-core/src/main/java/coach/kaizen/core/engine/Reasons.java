package coach.kaizen.core.engine;

import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.text.Message;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Turns the evidence in an engine state into a plain, kind sentence, said by key (engine area):
 * the sizes are the person's own words ({@link Sizing#mention}), everything else is ours.
 */
final class Reasons {

    private static final int WEEK = 7;

    private Reasons() {
    }

    /** The floor on a hard day; on a day of crisis, in the words of the crisis pause. */
    static Reason hardDay(Sizing sizing, boolean crisis) {
        Message floor = sizing.mention(sizing.floor());
        return crisis ? reason(ReasonCode.CRISIS_PAUSE, "engine.reason.crisisPause", floor)
                : reason(ReasonCode.HARD_DAY_FLOOR, "engine.reason.hardDay", floor);
    }

    /** {@code harderWeekday}: the size is smaller than the rest of the week's because this weekday has gone less well. */
    static Reason explain(Action action, EngineState state, Sizing sizing, double size, LocalDate day,
            boolean harderWeekday) {
        Message shown = sizing.mention(size);
        if (state.frozenOn(day)) {
            return reason(ReasonCode.CRISIS_PAUSE, "engine.reason.crisisPause", shown);
        }
        if (state.limitedOn(day) && size >= state.limit()) {
            return limited(state, shown, day);
        }
        if (state.choseOn(day)) {
            return reason(ReasonCode.YOUR_CHOICE, "engine.reason.chose", shown);
        }
        if (state.lastSize() == null) {
            return reason(ReasonCode.FIRST_DAY, "engine.reason.firstDay", shown);
        }
        if (harderWeekday && action != Action.GROW) {
            return reason(ReasonCode.HARDER_WEEKDAY, "engine.reason.harderWeekday", weekday(day.getDayOfWeek()), shown);
        }
        return switch (action) {
            case GROW -> grow(state, shown);
            case SHRINK -> shrink(state, shown, day);
            default -> hold(state, sizing, size, shown, day);
        };
    }

    private static Reason limited(EngineState state, Message shown, LocalDate day) {
        Message until = state.limitUntil().equals(day) ? Message.of("engine.until.today") : weekdayFrom(day, state.limitUntil());
        if (state.sinceSlipOn(day)) {
            return reason(ReasonCode.AFTER_SLIP, "engine.reason.afterSlipLimited", shown, until);
        }
        return reason(ReasonCode.YOUR_CHOICE, "engine.reason.choseLimited", shown, until);
    }

    /** "until Monday", or "until next Saturday" when that day is a week or more away (today may be a Saturday too). */
    private static Message weekdayFrom(LocalDate day, LocalDate until) {
        Message name = weekday(until.getDayOfWeek());
        return ChronoUnit.DAYS.between(day, until) >= WEEK
                ? Message.of("engine.until.nextWeekday", name)
                : Message.of("engine.until.weekday", name);
    }

    /** A weekday's name, in the person's language ("Monday"). */
    static Message weekday(DayOfWeek day) {
        return Message.of("engine.weekday." + day.name().toLowerCase(Locale.ROOT));
    }

    private static Reason grow(EngineState state, Message shown) {
        if (state.easyRun() >= 2) {
            return reason(ReasonCode.GROW_AFTER_EASY_DAYS, "engine.reason.growAfterEasyDays", count(state.easyRun()), shown);
        }
        return reason(ReasonCode.GROW_AFTER_DONE_DAYS, "engine.reason.growAfterDoneDays", doneSoFar(state), shown);
    }

    private static Reason shrink(EngineState state, Message shown, LocalDate day) {
        return switch (lastEvent(state)) {
            case MISSED -> reason(ReasonCode.SHRINK_AFTER_MISSES, "engine.reason.shrinkAfterMisses", misses(state, day), shown);
            case SLIPPED -> reason(ReasonCode.AFTER_SLIP, "engine.reason.shrinkAfterSlip", shown);
            case HARD -> reason(ReasonCode.SHRINK_AFTER_HARD_DAY, "engine.reason.shrinkAfterHardDay", resistance(state), shown);
            case SHORT -> reason(ReasonCode.SHRINK_AFTER_SHORT_DAY, "engine.reason.shrinkAfterShortDay", shown);
            default -> reason(ReasonCode.ADJUSTED, "engine.reason.adjusted", shown);
        };
    }

    private static Reason hold(EngineState state, Sizing sizing, double size, Message shown, LocalDate day) {
        return switch (lastEvent(state)) {
            case MISSED, SLIPPED -> isOneMiss(state, day)
                    ? reason(ReasonCode.HOLD_AFTER_MISS, "engine.reason.holdAfterOneMiss", shown)
                    : reason(ReasonCode.HOLD_AFTER_MISS, "engine.reason.holdAfterMisses", misses(state, day), shown);
            case EFFORTFUL -> reason(ReasonCode.HOLD_AFTER_EFFORT, "engine.reason.holdAfterEffort", resistance(state), shown);
            case HARD -> reason(ReasonCode.HOLD_AFTER_HARD_DAY, "engine.reason.holdAfterHardDay", resistance(state), shown);
            case SHORT -> reason(ReasonCode.HOLD_AFTER_SHORT_DAY, "engine.reason.holdAfterShortDay", shown);
            default -> sizing.atCeiling(size)
                    ? reason(ReasonCode.HOLD_AT_CEILING, sizing.isLadder()
                            ? "engine.reason.lastRung" : "engine.reason.mostYouSet", shown)
                    : reason(ReasonCode.HOLD_STEADY, "engine.reason.holdSteady", doneSoFar(state), shown);
        };
    }

    private static Reason reason(ReasonCode code, String key, Object... args) {
        return new Reason(code, Message.of(key, args));
    }

    private static Event lastEvent(EngineState state) {
        return state.lastEvent() == null ? Event.STEADY : state.lastEvent();
    }

    private static boolean isOneMiss(EngineState state, LocalDate day) {
        return state.notDoneRun() < 2 && state.missesWithin(day, WEEK) < 2;
    }

    /**
     * "Two misses in a row", "Two misses in the last seven days", "One miss". The engine's caution counts a
     * short day too; these words count only the days not done, so a day done below the size is never
     * called a miss.
     */
    private static Message misses(EngineState state, LocalDate day) {
        if (state.notDoneRun() >= 2) {
            return Message.of("engine.misses.inARow", count(state.notDoneRun()));
        }
        int lately = state.missesWithin(day, WEEK);
        return lately >= 2 ? Message.of("engine.misses.thisWeek", count(lately)) : Message.of("engine.misses.one");
    }

    private static Message doneSoFar(EngineState state) {
        return state.doneRun() <= 1
                ? Message.of("engine.done.lastTime")
                : Message.of("engine.done.inARow", count(state.doneRun()));
    }

    /** " (7 of 10)", or nothing when none was given. */
    private static Message resistance(EngineState state) {
        return state.lastResistance() == null
                ? Message.of("engine.resistance.none")
                : Message.of("engine.resistance.given", String.valueOf(state.lastResistance()));
    }

    /** "Two" (spelled out up to ten, at the start of a sentence), then digits: "15". */
    private static Message count(int n) {
        return Message.of("engine.count", n, Integer.toString(n));
    }
}
