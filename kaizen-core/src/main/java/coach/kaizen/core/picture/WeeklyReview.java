package coach.kaizen.core.picture;

import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A week in plain words: each step's days done of its days due and whether it grew, held or got
 * smaller, the week's recovery wins, and one suggestion for the week ahead.
 *
 * @param steps the steps begun by the week's end, in the order given
 */
public record WeeklyReview(LocalDate from, List<StepWeek> steps, RecoveryWeeks.Week recovery, Message suggestion) {

    /** A day or two of a week still going is too few to call a step too big. */
    static final int FEWEST_DAYS_SO_FAR = 3;

    public WeeklyReview {
        steps = List.copyOf(steps);
    }

    public enum Change {
        GREW,
        HELD,
        SMALLER
    }

    /**
     * One step's week.
     *
     * @param due    the days it was for, excused days left out; "N times in D days" is due N times
     *               in every D days it ran, to the nearest day (3 in 7: 3 a week; 2 in 3: 5)
     * @param before the size it stood at as the week began ({@link Replay#sizeAfter} its eve)
     * @param after  the size it stands at once the week is over; in a week still going, the size Today asks
     *               next (after today once it is said, else today's)
     */
    public record StepWeek(Step step, int done, int due, double before, double after) {

        /** Days before {@code today} count, and today once something is said of it: a day going on is no day missed. */
        static StepWeek of(Replay replay, LocalDate from, LocalDate to, LocalDate today) {
            Step step = replay.step();
            List<Replay.Day> said = replay.days().stream()
                    .filter(day -> !day.checkIn().day().isBefore(from) && !day.checkIn().day().isAfter(to)).toList();
            Set<LocalDate> excused = said.stream().filter(day -> day.checkIn().outcome() == Outcome.SKIPPED)
                    .map(day -> day.checkIn().day()).collect(Collectors.toSet());
            Set<LocalDate> saidOn = said.stream().map(day -> day.checkIn().day()).collect(Collectors.toSet());
            List<LocalDate> running = from.datesUntil(to.plusDays(1))
                    .filter(day -> !day.isBefore(step.startDay()) && !excused.contains(day))
                    .filter(day -> day.isBefore(today) || saidOn.contains(day)).toList();
            int done = (int) said.stream().filter(day -> day.checkIn().outcome() == Outcome.DONE).count();
            int due = step.schedule() instanceof Schedule.TimesInDays times
                    ? (int) Math.round((double) times.times() * running.size() / times.days())
                    : (int) running.stream().filter(step.schedule()::isDue).count();
            // Times in days, in a week still going: a day done already counts as a day it was for.
            due = step.schedule() instanceof Schedule.TimesInDays && !today.isAfter(to) ? Math.max(due, done) : due;
            // A week still going stands where Today does: after today once it is said, else after yesterday.
            LocalDate standing = today.isAfter(to) ? to : saidOn.contains(today) ? today : today.minusDays(1);
            return new StepWeek(step, done, due, replay.sizeAfter(from.minusDays(1)), replay.sizeAfter(standing));
        }

        public Change change() {
            return after > before ? Change.GREW : after < before ? Change.SMALLER : Change.HELD;
        }

        /** Done on fewer than half the days it was for. */
        boolean doneUnderHalf() {
            return 2 * done < due;
        }

        /** At its smallest version when the week ended (or now, in a week still going): it can go no smaller. */
        boolean atFloor() {
            return after <= step.sizing().floor();
        }
    }

    /**
     * The week on the person's {@code weekStart} that holds {@code day}, as it stands on {@code today}:
     * a week over counts every day; a week still going, the days so far (today once something is
     * said of it), so its first morning judges nothing.
     *
     * @param slipDays the days of the person's slips, on any recovery aim
     */
    public static WeeklyReview of(LocalDate day, DayOfWeek weekStart, LocalDate today, List<Replay> steps,
            List<RecoveryAction> actions, List<Urge> urges, List<LocalDate> slipDays) {
        LocalDate from = day.with(TemporalAdjusters.previousOrSame(weekStart));
        LocalDate to = from.plusDays(6);
        List<StepWeek> weeks = steps.stream().filter(replay -> !replay.step().startDay().isAfter(to))
                .map(replay -> StepWeek.of(replay, from, to, today)).toList();
        RecoveryWeeks.Week recovery = RecoveryWeeks.Week.of(from, actions, urges);
        int slips = (int) slipDays.stream().filter(slip -> !slip.isBefore(from) && !slip.isAfter(to)).count();
        // Its first day, with nothing said yet: too soon for a suggestion.
        boolean justBegun = today.equals(from) && !weeks.isEmpty() && weeks.stream().allMatch(week -> week.due() == 0)
                && recovery.wins() + recovery.urgesPassed() + slips == 0;
        return new WeeklyReview(from, weeks, recovery, justBegun ? Message.of("insights.review.justBegun")
                : suggestion(weeks, recovery, slips, !today.isAfter(to)));
    }

    /** A week over before the person's first day with us: nothing of theirs to count, and said so. */
    public static WeeklyReview beforeTheirFirstDay(LocalDate from) {
        return new WeeklyReview(from, List.of(), new RecoveryWeeks.Week(from, 0, 0, 0),
                Message.of("insights.review.beforeFirstDay"));
    }

    public LocalDate to() {
        return from.plusDays(6);
    }

    /**
     * The first that fits: a step done on under half its days could be smaller (the one done
     * least), or, already at its smallest, could be tried at another moment; a step that grew is
     * named (the one grown most); steps that went steadily keep on; a week of recovery wins alone
     * is named, else its slips, told; otherwise it was a quiet week. A week still going is steady or
     * quiet only so far, and judges a step on {@link #FEWEST_DAYS_SO_FAR} days due at least: before
     * that it is early days.
     */
    static Message suggestion(List<StepWeek> steps, RecoveryWeeks.Week recovery, int slips, boolean stillGoing) {
        Optional<StepWeek> underHalf = steps.stream().filter(StepWeek::doneUnderHalf)
                .filter(week -> !stillGoing || week.due() >= FEWEST_DAYS_SO_FAR)
                .min(Comparator.comparingDouble(week -> (double) week.done() / week.due()));
        if (underHalf.isPresent()) {
            StepWeek week = underHalf.get();
            Sizing sizing = week.step().sizing();
            return Message.of(week.atFloor() ? "insights.review.atSmallest" : "insights.review.smaller",
                    week.step().action(), week.done(), week.due(), sizing.mention(sizing.floor()));
        }
        if (steps.stream().anyMatch(StepWeek::doneUnderHalf)) {
            return Message.of("insights.review.early");
        }
        Optional<StepWeek> grew = steps.stream().filter(week -> week.change() == Change.GREW)
                .max(Comparator.comparingDouble(week -> week.after() / week.before()));
        if (grew.isPresent()) {
            StepWeek week = grew.get();
            Sizing sizing = week.step().sizing();
            return Message.of("insights.review.grew", week.step().action(), sizing.mention(week.before()),
                    sizing.mention(week.after()));
        }
        if (steps.stream().anyMatch(week -> week.due() > 0)) {
            return Message.of(stillGoing ? "insights.review.keepOnSoFar" : "insights.review.keepOn");
        }
        int wins = recovery.wins() + recovery.urgesPassed();
        if (wins > 0) {
            return Message.of("insights.review.recoveryWins", wins);
        }
        if (slips > 0) {
            return Message.of(stillGoing ? "insights.review.slipsSoFar" : "insights.review.slipsThisWeek", slips);
        }
        return Message.of(stillGoing ? "insights.review.quietSoFar" : "insights.review.quietWeek");
    }
}
