package coach.kaizen.core.loop;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Measure;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.StepDraft;
import coach.kaizen.core.text.Refused;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a Loop habit becomes a step: its name as the action (its question when it has no name),
 * its schedule, a yes-no habit as a step of one (done or not), a numerical one sized by its
 * target in its unit and scored as Loop scores it ({@link Measure}); and its days as check-ins:
 * done, not done (NO), skipped (SKIP). Days Loop filled in itself (YES_AUTO) and days with
 * nothing known are not check-ins; neither are days after the person's today.
 */
public final class LoopImport {

    private LoopImport() {
    }

    /**
     * Words the step needs that Loop does not have, in the person's language.
     *
     * @param once     a yes-no habit's unit ("time")
     * @param amount   a numerical habit's unit when Loop has none ("units")
     * @param untitled a habit with neither name nor question
     */
    public record Words(String once, String amount, String untitled) {
    }

    /** A Loop habit read as a step, with its first day and its days as check-ins, oldest first. */
    public record ImportedHabit(LoopHabit habit, StepDraft draft, Measure measure, LocalDate startDay,
            List<CheckIn> checkIns) {

        public ImportedHabit {
            checkIns = List.copyOf(checkIns);
        }

        /** The check-ins on days not in {@code taken}: a habit imported before keeps the days it has. */
        public List<CheckIn> besides(Collection<LocalDate> taken) {
            return checkIns.stream().filter(checkIn -> !taken.contains(checkIn.day())).toList();
        }
    }

    /**
     * The Loop habit a step came from, as kept beside the step: the same habit is the same Loop id,
     * or, when either side has none (a CSV export has no ids), the same name at the same position.
     */
    public record Origin(String uuid, String name, int position) {

        public boolean isOf(LoopHabit habit) {
            if (uuid != null && habit.uuid() != null) {
                return uuid.equals(habit.uuid());
            }
            return name.equals(habit.name()) && position == habit.position();
        }
    }

    /** The habit as a step; a schedule steps cannot follow is refused with the habit's name. */
    public static ImportedHabit read(LoopHistory history, LocalDate today, Words words) {
        LoopHabit habit = history.habit();
        String action = clip(habit.name().isBlank() ? habit.question() : habit.name(), StepDraft.MAX_ACTION);
        if (action.isBlank()) {
            action = words.untitled() + " " + habit.position();
        }
        Schedule schedule = schedule(habit, action);
        Measure measure = habit.numerical() ? new Measure(habit.targetKind(), habit.target()) : null;
        StepDraft draft = new StepDraft(action, sizing(habit, words), null, schedule);
        Map<LocalDate, CheckIn> days = new TreeMap<>();
        for (LoopEntry entry : history.entries()) {
            CheckIn checkIn = checkIn(entry, habit);
            if (checkIn != null && !entry.day().isAfter(today)) {
                days.putIfAbsent(entry.day(), checkIn);
            }
        }
        List<CheckIn> checkIns = new ArrayList<>(days.values());
        LocalDate start = checkIns.isEmpty() ? today : checkIns.get(0).day();
        return new ImportedHabit(habit, draft, measure, start, checkIns);
    }

    private static Schedule schedule(LoopHabit habit, String action) {
        int times = habit.times();
        int days = habit.days();
        if (times < 1 || days < 1 || times > days || days > Schedule.MAX_DAYS) {
            throw new Refused("exchange.loop.problem.schedule", action, Integer.toString(times),
                    Integer.toString(days), Integer.toString(Schedule.MAX_DAYS));
        }
        return Schedule.parse(times + "/" + days);
    }

    /**
     * A yes-no habit is a step of one that never grows: done or not. A numerical one starts at its
     * target, shown to the target's last decimal; one to stay under never goes above it.
     */
    private static Sizing sizing(LoopHabit habit, Words words) {
        if (!habit.numerical()) {
            return new Sizing(1, words.once(), 1, 1, 1.0);
        }
        double target = habit.target() > 0 ? habit.target() : 1;
        double quantum = Math.min(1, BigDecimal.valueOf(target).stripTrailingZeros().ulp().doubleValue());
        String unit = clip(habit.unit(), Sizing.MAX_UNIT);
        return new Sizing(target, unit.isBlank() ? words.amount() : unit, quantum, quantum,
                habit.targetKind() == Measure.Kind.AT_MOST ? target : null);
    }

    /** The day as a check-in, or null when Loop knows nothing done or not done that day. */
    static CheckIn checkIn(LoopEntry entry, LoopHabit habit) {
        String note = clip(entry.notes(), CheckIn.MAX_NOTE);
        int value = entry.value();
        if (value == LoopEntry.SKIP) {
            return new CheckIn(entry.day(), Outcome.SKIPPED, null, null, note);
        }
        if (habit.numerical()) {
            if (value < 0) {
                return null;
            }
            boolean nothingToReach = value == 0 && habit.targetKind() == Measure.Kind.AT_LEAST;
            return nothingToReach ? new CheckIn(entry.day(), Outcome.MISSED, null, null, note)
                    : new CheckIn(entry.day(), Outcome.DONE, value / 1000.0, null, note);
        }
        return switch (value) {
            case LoopEntry.YES_MANUAL -> new CheckIn(entry.day(), Outcome.DONE, null, null, note);
            case LoopEntry.NO -> new CheckIn(entry.day(), Outcome.MISSED, null, null, note);
            default -> null;
        };
    }

    private static String clip(String text, int max) {
        String trimmed = text.strip();
        if (trimmed.length() <= max) {
            return trimmed;
        }
        // Never split a character outside the basic plane (an emoji) in two.
        int end = Character.isHighSurrogate(trimmed.charAt(max - 1)) ? max - 1 : max;
        return trimmed.substring(0, end).strip();
    }
}
