package coach.kaizen.core.engine;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Sizing;

/**
 * Sizes a step from the person's own history: pure, deterministic, no clock.
 * A day's proposal depends only on the state before it and that day's readiness, so any
 * history can be replayed to the same result.
 */
public final class Engine {

    private final EngineSettings settings;
    private final UpDownController controller;

    public Engine(EngineSettings settings) {
        this.settings = settings;
        this.controller = UpDownController.forTarget(settings.target());
    }

    public static Engine standard() {
        return new Engine(EngineSettings.DEFAULTS);
    }

    public EngineSettings settings() {
        return settings;
    }

    public EngineState start(Sizing sizing) {
        return EngineState.start(sizing.startLevel());
    }

    public Proposal propose(Sizing sizing, EngineState state, Readiness readiness) {
        if (settings.isHardDay(readiness)) {
            return new Proposal(Action.FLOOR, sizing.floor(), state.level(), Reasons.hardDay(sizing));
        }
        double size = sizing.show(state.level());
        if (state.lastSize() == null) {
            return new Proposal(Action.HOLD, size, state.level(), Reasons.firstDay(sizing, size));
        }
        Action action = size > state.lastSize() ? Action.GROW : size < state.lastSize() ? Action.SHRINK : Action.HOLD;
        return new Proposal(action, size, state.level(), Reasons.explain(action, state, sizing, size));
    }

    /** Applies one day's check-in; {@code readiness} is that day's, so a hard day is judged as it was lived. */
    public Recorded record(Sizing sizing, EngineState state, CheckIn checkIn, Readiness readiness) {
        if (!state.isBefore(checkIn.day())) {
            throw new IllegalArgumentException("a check-in on " + checkIn.day() + " needs a replay from the start");
        }
        Proposal asked = propose(sizing, state, readiness);
        boolean floorDone = asked.action() == Action.FLOOR && checkIn.outcome() == Outcome.DONE;
        if (checkIn.outcome() == Outcome.SKIPPED || floorDone) {
            // Excused days change nothing; doing the floor on a hard day counts but never moves the level.
            return new Recorded(state.on(checkIn.day()), asked);
        }
        Event event = read(checkIn, asked.size());
        double level = sizing.clamp(move(state.level(), event));
        double regularSize = asked.action() == Action.FLOOR ? sizing.show(state.level()) : asked.size();
        return new Recorded(state.after(checkIn.day(), level, regularSize, event, checkIn.resistance()), asked);
    }

    private Event read(CheckIn checkIn, double askedSize) {
        if (checkIn.outcome() == Outcome.MISSED) {
            return Event.MISSED;
        }
        // Overdoing counts as one success, never more: consistency over intensity.
        if (checkIn.amount() != null && checkIn.amount() < askedSize) {
            return Event.SHORT;
        }
        Integer resistance = checkIn.resistance();
        if (resistance == null) {
            return Event.STEADY;
        }
        if (resistance >= settings.hardResistance()) {
            return Event.HARD;
        }
        return resistance <= settings.easyResistance() ? Event.EASY : Event.STEADY;
    }

    private double move(double level, Event event) {
        return switch (event) {
            case EASY, STEADY -> controller.afterSuccess(level);
            case HARD -> controller.afterHardSuccess(level);
            case SHORT, MISSED -> controller.afterMiss(level);
        };
    }
}
