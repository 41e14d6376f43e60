package coach.kaizen.core.engine;

import java.time.LocalDate;

/**
 * What the engine keeps per step: the continuous level ({@code ln size}) and the evidence
 * its reasons name.
 *
 * @param lastSize       the regular size asked on the last recorded day (null before the first)
 * @param lastDay        the last day recorded, skips included
 * @param lastEvent      how the last day that moved the level was read
 * @param lastResistance the resistance given with that day, if any
 * @param easyRun        easy days in a row
 * @param doneRun        days done at the asked size in a row
 * @param missRun        missed days in a row
 */
public record EngineState(
        double level,
        Double lastSize,
        LocalDate lastDay,
        Event lastEvent,
        Integer lastResistance,
        int easyRun,
        int doneRun,
        int missRun) {

    public static EngineState start(double level) {
        return new EngineState(level, null, null, null, null, 0, 0, 0);
    }

    /** True when a check-in for {@code day} can be applied on top of this state without a replay. */
    public boolean isBefore(LocalDate day) {
        return lastDay == null || day.isAfter(lastDay);
    }

    EngineState on(LocalDate day) {
        return new EngineState(level, lastSize, day, lastEvent, lastResistance, easyRun, doneRun, missRun);
    }

    EngineState after(LocalDate day, double newLevel, double askedSize, Event event, Integer resistance) {
        return new EngineState(
                newLevel,
                askedSize,
                day,
                event,
                resistance,
                event == Event.EASY ? easyRun + 1 : 0,
                event.isSuccess() ? doneRun + 1 : 0,
                event == Event.MISSED ? missRun + 1 : 0);
    }
}
