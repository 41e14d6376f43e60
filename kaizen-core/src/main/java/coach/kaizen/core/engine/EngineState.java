package coach.kaizen.core.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the engine keeps per step: the continuous level ({@code ln size}, or a ladder's place,
 * see {@link coach.kaizen.core.step.Sizing#levelOf}), the evidence its reasons name, and the
 * limits the person's own choices and hard moments set.
 *
 * @param lastSize       the regular size asked on the last recorded day (null before the first)
 * @param firstDay       the first day recorded: a step's first 14 days aim a little lower
 * @param lastDay        the last day recorded, skips included
 * @param lastEvent      how the last day that moved the level was read
 * @param lastResistance the resistance given with that day, if any
 * @param easyRun        easy check-ins in a row
 * @param doneRun        days done at the asked size in a row
 * @param missRun        misses (or slips, or short days) in a row: what the engine's caution counts
 * @param notDoneRun     days not done (missed or a slip) in a row: what a reason may call misses in a row
 * @param misses         bit i set: a day not done (missed or a slip) i days before {@code lastDay}; a short
 *                       day is in {@code missRun}, not here
 * @param belief         what the engine believes of the person's capacity for this step
 * @param limit          the most the coach may propose until {@code limitUntil} (a choice or a slip)
 * @param limitUntil     the last day {@code limit} holds
 * @param slipDay        the last slip, if any
 * @param crisisDay      the last time the person said they were not safe, if any
 * @param choiceDay      the last day the person chose a smaller size than offered, if any
 */
public record EngineState(
        double level,
        Double lastSize,
        LocalDate firstDay,
        LocalDate lastDay,
        Event lastEvent,
        Integer lastResistance,
        int easyRun,
        int doneRun,
        int missRun,
        int notDoneRun,
        long misses,
        Belief belief,
        Double limit,
        LocalDate limitUntil,
        LocalDate slipDay,
        LocalDate crisisDay,
        LocalDate choiceDay) {

    static final int SLIP_DAYS = 7;
    static final int CHOICE_DAYS = 7;
    /** The crisis day and the three after it: 72 hours from any hour of that day. */
    public static final int CRISIS_DAYS = 4;

    public static EngineState start(double level, Belief belief) {
        return new EngineState(level, null, null, null, null, null, 0, 0, 0, 0, 0, belief, null, null, null, null,
                null);
    }

    /** True when a check-in for {@code day} can be applied on top of this state without a replay. */
    public boolean isBefore(LocalDate day) {
        return lastDay == null || day.isAfter(lastDay);
    }

    /** Days not done (missed or a slip) among the {@code days} days up to and including {@code day}. */
    public int missesWithin(LocalDate day, int days) {
        if (lastDay == null) {
            return 0;
        }
        long gap = ChronoUnit.DAYS.between(lastDay, day);
        if (gap >= days || gap < 0) {
            return 0;
        }
        int window = (int) (days - gap);
        long mask = window >= Long.SIZE ? -1L : (1L << window) - 1;
        return Long.bitCount(misses & mask);
    }

    /** The slip day and the seven after it. */
    boolean sinceSlipOn(LocalDate day) {
        return slipDay != null && within(slipDay, day, SLIP_DAYS + 1);
    }

    boolean frozenOn(LocalDate day) {
        return crisisDay != null && within(crisisDay, day, CRISIS_DAYS);
    }

    boolean limitedOn(LocalDate day) {
        return limit != null && !day.isAfter(limitUntil);
    }

    private static boolean within(LocalDate start, LocalDate day, int days) {
        return !day.isBefore(start) && day.isBefore(start.plusDays(days));
    }

    EngineState skipped(LocalDate day) {
        return new Recording(this).on(day).state();
    }

    EngineState withLimit(double size, LocalDate until) {
        return new EngineState(level, lastSize, firstDay, lastDay, lastEvent, lastResistance, easyRun, doneRun,
                missRun, notDoneRun, misses, belief, size, until, slipDay, crisisDay, choiceDay);
    }

    /** The person chose {@code newLevel} on {@code day}, below what was offered: the belief moves {@code by} with it. */
    EngineState withChoice(double newLevel, double by, LocalDate day) {
        return new EngineState(newLevel, lastSize, firstDay, lastDay, lastEvent, lastResistance, easyRun, doneRun,
                missRun, notDoneRun, misses, belief.shifted(by), limit, limitUntil, slipDay, crisisDay, day);
    }

    boolean choseOn(LocalDate day) {
        return day.equals(choiceDay);
    }

    EngineState withCrisis(LocalDate day) {
        return new EngineState(level, lastSize, firstDay, lastDay, lastEvent, lastResistance, easyRun, doneRun,
                missRun, notDoneRun, misses, belief, limit, limitUntil, slipDay, day, choiceDay);
    }

    EngineState after(LocalDate day, double newLevel, double askedSize, Event event, Integer resistance,
            Belief learned) {
        return new Recording(this).on(day).read(newLevel, askedSize, event, resistance, learned).state();
    }

    /** Builds the next state field by field, so each rule reads as one line. */
    private static final class Recording {
        private final EngineState from;
        private double level;
        private Double lastSize;
        private LocalDate firstDay;
        private LocalDate lastDay;
        private Event lastEvent;
        private Integer lastResistance;
        private int easyRun;
        private int doneRun;
        private int missRun;
        private int notDoneRun;
        private long misses;
        private Belief belief;
        private LocalDate slipDay;

        Recording(EngineState from) {
            this.from = from;
            level = from.level;
            lastSize = from.lastSize;
            firstDay = from.firstDay;
            lastDay = from.lastDay;
            lastEvent = from.lastEvent;
            lastResistance = from.lastResistance;
            easyRun = from.easyRun;
            doneRun = from.doneRun;
            missRun = from.missRun;
            notDoneRun = from.notDoneRun;
            misses = from.misses;
            belief = from.belief;
            slipDay = from.slipDay;
        }

        /** Moves the day window to {@code day}; days between count as nothing recorded. */
        Recording on(LocalDate day) {
            if (lastDay != null) {
                long gap = ChronoUnit.DAYS.between(lastDay, day);
                misses = gap >= Long.SIZE ? 0 : misses << gap;
            }
            firstDay = firstDay == null ? day : firstDay;
            lastDay = day;
            return this;
        }

        Recording read(double newLevel, double askedSize, Event event, Integer resistance, Belief learned) {
            level = newLevel;
            lastSize = askedSize;
            lastEvent = event;
            lastResistance = resistance;
            easyRun = event == Event.EASY ? easyRun + 1 : 0;
            doneRun = event.isSuccess() ? doneRun + 1 : 0;
            missRun = event.isMiss() ? missRun + 1 : 0;
            boolean notDone = event == Event.MISSED || event == Event.SLIPPED;
            notDoneRun = notDone ? notDoneRun + 1 : 0;
            misses |= notDone ? 1 : 0;
            belief = learned;
            slipDay = event == Event.SLIPPED ? lastDay : slipDay;
            return this;
        }

        EngineState state() {
            return new EngineState(level, lastSize, firstDay, lastDay, lastEvent, lastResistance, easyRun, doneRun,
                    missRun, notDoneRun, misses, belief, from.limit, from.limitUntil, slipDay, from.crisisDay,
                    from.choiceDay);
        }
    }
}
