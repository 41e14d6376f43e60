package coach.kaizen.core.engine;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Sizes a step from the person's own history: pure, deterministic, no clock.
 * A day's proposal depends only on the state before it, the date and that day's readiness,
 * so any history can be replayed to the same result.
 */
public final class Engine {

    /** Changes whenever the rules or {@link EngineState} change, so states kept by an older engine get replayed. */
    public static final int VERSION = 9;
    /** After each miss in a row the failure allowed halves, down to 1/64 of it. */
    static final int MOST_HALVINGS = 6;

    private static final Engine STANDARD = new Engine(EngineSettings.DEFAULTS);

    private final EngineSettings settings;
    /** The normal quantile of the success asked for after 0, 1, 2… misses in a row. */
    private final double[] quantiles = new double[MOST_HALVINGS + 1];

    public Engine(EngineSettings settings) {
        this.settings = settings;
        for (int misses = 0; misses <= MOST_HALVINGS; misses++) {
            quantiles[misses] = Normal.quantile(1 - (1 - settings.target()) / (1 << misses));
        }
    }

    public static Engine standard() {
        return STANDARD;
    }

    public EngineSettings settings() {
        return settings;
    }

    public EngineState start(Sizing sizing) {
        return EngineState.start(sizing.startLevel(), Belief.before(sizing.startLevel(), quantiles[0]));
    }

    public Proposal propose(Sizing sizing, EngineState state, LocalDate day, Readiness readiness) {
        Asked asked = ask(sizing, state, day, readiness);
        if (asked.action() == Action.FLOOR) {
            return new Proposal(Action.FLOOR, asked.size(), state.level(), Reasons.hardDay(sizing, readiness.crisis()));
        }
        double size = asked.size();
        boolean harderWeekday = size < sizing.show(state.level()) && state.belief().harderOn(day.getDayOfWeek());
        return new Proposal(asked.action(), size, state.level(),
                Reasons.explain(asked.action(), state, sizing, size, day, harderWeekday));
    }

    /** The day's action and size; {@link #propose} adds the words, which recording a day does not need. */
    private Asked ask(Sizing sizing, EngineState state, LocalDate day, Readiness readiness) {
        if (settings.isHardDay(readiness)) {
            return new Asked(Action.FLOOR, sizing.floor());
        }
        double size = regularSize(sizing, state, day);
        Action action = state.lastSize() == null || size == state.lastSize() ? Action.HOLD
                : size > state.lastSize() ? Action.GROW : Action.SHRINK;
        return new Asked(action, size);
    }

    /** Applies one day's check-in; {@code readiness} is that day's, so a hard day is judged as it was lived. */
    public Recorded record(Sizing sizing, EngineState state, CheckIn checkIn, Readiness readiness) {
        LocalDate day = checkIn.day();
        if (!state.isBefore(day)) {
            throw new IllegalArgumentException("a check-in on " + day + " needs a replay from the start");
        }
        Asked asked = ask(sizing, state, day, readiness);
        boolean floorDone = asked.action() == Action.FLOOR && checkIn.outcome() == Outcome.DONE;
        if (checkIn.outcome() == Outcome.SKIPPED || floorDone) {
            // Excused days change nothing; doing the floor on a hard day counts but never moves the level.
            return new Recorded(state.skipped(day), asked);
        }
        Event event = read(checkIn, asked.size());
        double regularSize = asked.action() == Action.FLOOR ? regularSize(sizing, state, day) : asked.size();
        Belief belief = asked.action() == Action.FLOOR ? state.belief()
                : learn(state.belief(), sizing, regularSize, checkIn, event);
        double level = sizing.clamp(move(state, belief, event, sizing, checkIn));
        if (state.frozenOn(day)) {
            level = Math.min(level, state.level());
        }
        EngineState next = state.after(day, level, regularSize, event, checkIn.resistance(), belief);
        if (event == Event.SLIPPED) {
            next = next.withLimit(regularSize, day.plusDays(EngineState.SLIP_DAYS));
        }
        return new Recorded(next, asked);
    }

    /**
     * Consent: the person takes a smaller size than offered on {@code day}, and the level moves
     * there. After declining growth, nothing bigger than their choice is proposed for 7 days.
     */
    public EngineState choose(Sizing sizing, EngineState state, LocalDate day, double size, Readiness readiness) {
        Proposal offered = propose(sizing, state, day, readiness);
        refusal(sizing, offered, size).ifPresent(problem -> {
            throw new Refused(problem.key(), problem.args().toArray());
        });
        double chosen = sizing.show(sizing.levelOf(size));
        if (chosen == offered.size()) {
            return state;
        }
        double level = sizing.clamp(sizing.levelOf(chosen));
        EngineState moved = state.withChoice(level, level - ownLevel(state), day);
        return offered.action() == Action.GROW
                ? moved.withLimit(chosen, day.plusDays(EngineState.CHOICE_DAYS - 1))
                : moved;
    }

    /**
     * Why {@code size} cannot be chosen on {@code day}, or empty when it can: a size the step shows (whole
     * quanta, or the floor) from the floor to the offer, both included.
     */
    public Optional<Message> choiceProblem(
            Sizing sizing, EngineState state, LocalDate day, double size, Readiness readiness) {
        return refusal(sizing, propose(sizing, state, day, readiness), size);
    }

    private static Optional<Message> refusal(Sizing sizing, Proposal offered, double size) {
        if (offered.action() == Action.FLOOR) {
            return Optional.of(Message.of("engine.problem.alreadySmallest", sizing.mention(sizing.floor())));
        }
        if (!(size >= sizing.floor()) || sizing.show(sizing.levelOf(size)) > offered.size()) {
            return Optional.of(smallerRange(sizing, offered.size()));
        }
        if (!sizing.isLadder() && size != sizing.floor() && !sizing.onAQuantum(size)) {
            // Shown rounded, 2.5 minutes would be 3: a smaller size the person asked for must never grow.
            return Optional.of(Message.of("engine.problem.betweenSteps", sizing.said(size),
                    sizing.said(sizing.quantum()), sizing.said(sizing.atOrBelow(size))));
        }
        return Optional.empty();
    }

    /** What can be chosen instead of {@code offered}: sizes by number, rungs by number and by name. */
    private static Message smallerRange(Sizing sizing, double offered) {
        if (!sizing.isLadder()) {
            return Message.of("engine.problem.smallerSize", sizing.floor(), offered);
        }
        if (offered == sizing.floor()) {
            return Message.of("engine.problem.alreadyFirstRung", sizing.mention(offered));
        }
        return Message.of("engine.problem.smallerRung", sizing.mention(sizing.floor()), offered,
                sizing.mention(offered));
    }

    /** The person is not safe right now: no growth for 72 hours. */
    public EngineState crisis(EngineState state, LocalDate day) {
        return state.withCrisis(day);
    }

    private double regularSize(Sizing sizing, EngineState state, LocalDate day) {
        double size = sizing.show(sizing.clamp(state.level() + weekdayShift(state, day)));
        if (sizing.isLadder() && state.lastSize() != null && !state.choseOn(day)) {
            // A ladder is climbed, and come down, one rung at a time, however far the belief moved: from the
            // rung asked last, or the one the person chose since, which is theirs; never up after a rung felt hard.
            boolean choseSince = state.choiceDay() != null && state.isBefore(state.choiceDay());
            double from = choseSince ? sizing.show(state.level()) : state.lastSize();
            double highest = state.lastEvent() == Event.HARD ? from : from + 1;
            size = Math.max(from - 1, Math.min(highest, size));
        }
        if (state.limitedOn(day)) {
            size = Math.min(size, state.limit());
        }
        if (state.frozenOn(day) && state.lastSize() != null) {
            size = Math.min(size, state.lastSize());
        }
        return size;
    }

    private Event read(CheckIn checkIn, double askedSize) {
        switch (checkIn.outcome()) {
            case MISSED:
                return Event.MISSED;
            case SLIP:
                return Event.SLIPPED;
            default:
                break;
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
        return resistance <= settings.easyResistance() ? Event.EASY : Event.EFFORTFUL;
    }

    /**
     * What an ordinary day says of the person's capacity: done or not at the size asked, and on a
     * short day done at the amount they did. A day done that felt hard adds no growth.
     */
    private Belief learn(Belief belief, Sizing sizing, double asked, CheckIn checkIn, Event event) {
        // A day that felt hard is read by the gate alone: done, but at the edge of what they can do.
        if (settings.fixedTarget() || event == Event.HARD) {
            return belief;
        }
        DayOfWeek weekday = checkIn.day().getDayOfWeek();
        double level = sizing.levelOf(asked);
        if (event == Event.SHORT && checkIn.amount() > 0) {
            belief = belief.after(sizing.levelOf(checkIn.amount()), weekday, true);
        }
        Belief seen = belief.after(level, weekday, !event.isMiss());
        return event.isSuccess() ? seen.practised(level) : seen;
    }

    private double move(EngineState state, Belief belief, Event event, Sizing sizing, CheckIn checkIn) {
        if (settings.fixedTarget()) {
            return held(state.level(), event);
        }
        if (event == Event.HARD) {
            // Resistance 7 or more never grows a step, and it teaches the belief nothing (see learn).
            return state.level();
        }
        double level = belief.levelAt(quantileAfter(event.isMiss() ? state.missRun() + 1 : 0));
        if (event == Event.SHORT && checkIn.amount() > 0) {
            // What the person just did is never too much to ask next, shown in the step's quanta (see weekdayShift).
            level = Math.max(level, sizing.levelOf(sizing.atOrAbove(checkIn.amount())));
        }
        // Only a day done without strain can grow a step.
        return event.isSuccess() ? level : Math.min(level, state.level());
    }

    /** How much a harder (or easier) weekday moves the size, as learned from the person's own days. */
    private double weekdayShift(EngineState state, LocalDate day) {
        // A first day asks the start the person set, and a day they chose asks their choice.
        if (settings.fixedTarget() || state.lastSize() == null || state.choseOn(day)) {
            return 0;
        }
        Belief belief = state.belief();
        double shift = belief.weekdayShift(day.getDayOfWeek(), quantiles[0]);
        if (shift >= 0) {
            return shift;
        }
        // After a short day the size is never below the amount done (see move): no weekday takes anything off it.
        if (state.lastEvent() == Event.SHORT) {
            return 0;
        }
        // A smaller weekday first takes up the room the ceiling or a gate left below the belief's own level.
        return Math.min(0, belief.levelAt(quantiles[0]) + shift - state.level());
    }

    /** The level the belief alone asks for, before floor, ceiling and limits. */
    private double ownLevel(EngineState state) {
        return settings.fixedTarget() ? state.level() : state.belief().levelAt(quantileAfter(state.missRun()));
    }

    private double quantileAfter(int missesInARow) {
        return quantiles[Math.min(MOST_HALVINGS, missesInARow)];
    }

    /** A target set from outside is held by the weighted up-down rule, which reaches it whatever the person. */
    private double held(double level, Event event) {
        UpDownController controller = UpDownController.forTarget(settings.target());
        return switch (event) {
            case EASY, STEADY, EFFORTFUL -> controller.afterSuccess(level);
            case HARD -> controller.afterHardSuccess(level);
            case SHORT, MISSED, SLIPPED -> controller.afterMiss(level);
        };
    }
}
