package coach.kaizen.core.exchange;

import static coach.kaizen.core.exchange.Entry.need;

import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.obstacle.ObstacleStatus;
import coach.kaizen.core.recovery.DailyCost;
import coach.kaizen.core.recovery.EarnedStrength;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.reminder.ReminderTimes;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.StepDraft;
import coach.kaizen.core.text.Refused;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything that is a person's, as one document they can take away and bring back: our own
 * export format ({@value #FORMAT}, version {@value #VERSION}). Aims and steps carry the
 * document's own ids, and every other entry points at them by those ids. What the app derives
 * (a step's engine state and strength) is not in it: it is replayed from the check-ins.
 *
 * <p>Every field is boxed, so a field the document lacks reads as null and {@link #check()} can
 * name it. A list the document lacks is empty.
 */
public record KaizenDocument(String format, Integer version, Instant exportedAt, Settings settings, List<Aim> aims,
        List<Step> steps, List<CheckIn> checkIns, List<StepChoice> stepChoices, List<ReadinessDay> readiness,
        List<DailySession> dailySessions, List<JournalEntry> journal, List<Obstacle> obstacles,
        List<Experiment> experiments, List<RecoveryWin> recoveryWins, List<Urge> urges, List<Slip> slips,
        List<NotSpent> notSpent, SafetyPlan safetyPlan, List<Strength> strengths) {

    public static final String FORMAT = "kaizen-coach";
    public static final int VERSION = 1;

    public KaizenDocument {
        aims = listed(aims);
        steps = listed(steps);
        checkIns = listed(checkIns);
        stepChoices = listed(stepChoices);
        readiness = listed(readiness);
        dailySessions = listed(dailySessions);
        journal = listed(journal);
        obstacles = listed(obstacles);
        experiments = listed(experiments);
        recoveryWins = listed(recoveryWins);
        urges = listed(urges);
        slips = listed(slips);
        notSpent = listed(notSpent);
        strengths = listed(strengths);
    }

    private static <T> List<T> listed(List<T> entries) {
        // Not List.copyOf: a null entry is the document's mistake, for check() to name.
        return entries == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(entries));
    }

    /** Nothing of a person's to bring in, settings aside: no entry of any kind and no safety plan. */
    public boolean holdsNothing() {
        return safetyPlan == null && java.util.stream.Stream.of(aims, steps, checkIns, stepChoices, readiness,
                dailySessions, journal, obstacles, experiments, recoveryWins, urges, slips, notSpent, strengths)
                .allMatch(List::isEmpty);
    }

    /** These entries as our document, exported at {@code when}. */
    public KaizenDocument stamped(Instant when) {
        return new KaizenDocument(FORMAT, VERSION, when, settings, aims, steps, checkIns, stepChoices, readiness,
                dailySessions, journal, obstacles, experiments, recoveryWins, urges, slips, notSpent, safetyPlan,
                strengths);
    }

    /**
     * The account's settings, with the quiet hours and the daily session's reminder time; never
     * the username, the password or anything of signing in, nor where reminders are sent.
     */
    public record Settings(String timeZone, Integer dayStartHour, String weekStart, String language, String country,
            String theme, Quiet quietHours, String sessionReminder) {

        /** The reminder times, as the app's own settings take them. */
        public void check() {
            if (quietHours != null) {
                quietHours.hours();
            }
            if (sessionReminder != null) {
                ReminderTimes.parse(sessionReminder);
            }
        }
    }

    /** Quiet hours, written "HH:MM" on the person's own clock. */
    public record Quiet(String from, String to) {

        public QuietHours hours() {
            return new QuietHours(ReminderTimes.parse(from), ReminderTimes.parse(to));
        }
    }

    public record Aim(Long id, String title, AimKind kind, String identity, LocalDate counterFrom, Instant createdAt)
            implements Entry {

        @Override
        public void check() {
            need(id, "id");
            need(createdAt, "createdAt");
            new AimDraft(title, kind, identity, counterFrom);
        }

        @Override
        public List<Object> key() {
            return List.of(title, kind, createdAt);
        }

        public Aim withId(long newId) {
            return new Aim(newId, title, kind, identity, counterFrom, createdAt);
        }
    }

    /** How Loop Habit Tracker knew a step brought over from it. */
    public record LoopOrigin(String uuid, String name, Integer position, String description) {
    }

    /** Whether a measured step is met by at least or at most its target (Loop's numerical habits). */
    public record Measure(coach.kaizen.core.step.Measure.Kind kind, Double target) {
    }

    /**
     * A step: an amount with its unit, quantum, floor and optional ceiling, or a ladder of rungs
     * (its amount is the rung it started on); its schedule as the app writes it ("daily", "mon,wed",
     * "3/7"), and its reminder times ("07:30").
     */
    public record Step(Long id, Long aim, String action, Double amount, String unit, Double quantum, Double floor,
            Double ceiling, List<String> rungs, String anchor, String schedule, List<String> reminders,
            LocalDate startDay, Measure measure, Boolean archived, LoopOrigin loop, Instant createdAt)
            implements Entry.OnAim<Step> {

        @Override
        public void check() {
            need(id, "id");
            need(aim, "aim");
            need(startDay, "startDay");
            need(createdAt, "createdAt");
            new Sizing(need(amount, "amount"), need(unit, "unit"), need(quantum, "quantum"), need(floor, "floor"),
                    ceiling, rungs);
            StepDraft.of(action, amount, unit, quantum, floor, ceiling, anchor, need(schedule, "schedule"), rungs);
            ReminderTimes.parse(reminders);
            if (measure != null) {
                need(measure.kind(), "measure.kind");
                if (!Double.isFinite(need(measure.target(), "measure.target")) || measure.target() < 0) {
                    throw new Refused("exchange.problem.measure");
                }
            }
            if (loop != null) {
                need(loop.name(), "loop.name");
                need(loop.position(), "loop.position");
            }
        }

        @Override
        public List<Object> key() {
            return List.of(aim, action, createdAt);
        }

        @Override
        public Step onAim(long newAim) {
            return new Step(id, newAim, action, amount, unit, quantum, floor, ceiling, rungs, anchor, schedule,
                    reminders, startDay, measure, archived, loop, createdAt);
        }

        public Step withId(long newId) {
            return new Step(newId, aim, action, amount, unit, quantum, floor, ceiling, rungs, anchor, schedule,
                    reminders, startDay, measure, archived, loop, createdAt);
        }

        /** This step with these reminder times (null: none). */
        public Step withReminders(List<String> times) {
            return new Step(id, aim, action, amount, unit, quantum, floor, ceiling, rungs, anchor, schedule, times,
                    startDay, measure, archived, loop, createdAt);
        }

        public boolean isArchived() {
            return Boolean.TRUE.equals(archived);
        }
    }

    public record CheckIn(Long step, LocalDate day, Outcome outcome, Double amount, Integer resistance, String note,
            Instant createdAt, Instant updatedAt) implements Entry.OnStep<CheckIn> {

        @Override
        public void check() {
            need(step, "step");
            need(createdAt, "createdAt");
            need(updatedAt, "updatedAt");
            coach.kaizen.core.checkin.CheckIn.brought(day, outcome, amount, resistance, note);
        }

        @Override
        public List<Object> key() {
            return List.of(step, day);
        }

        @Override
        public CheckIn onStep(long newStep) {
            return new CheckIn(newStep, day, outcome, amount, resistance, note, createdAt, updatedAt);
        }
    }

    /** A size the person chose for a step on a day ("make it smaller"). */
    public record StepChoice(Long step, LocalDate day, Double size, Instant createdAt)
            implements Entry.OnStep<StepChoice> {

        @Override
        public void check() {
            need(step, "step");
            need(day, "day");
            need(createdAt, "createdAt");
            if (!Double.isFinite(need(size, "size")) || size <= 0) {
                throw new Refused("exchange.problem.size");
            }
        }

        @Override
        public List<Object> key() {
            return List.of(step, day, size, createdAt);
        }

        @Override
        public StepChoice onStep(long newStep) {
            return new StepChoice(newStep, day, size, createdAt);
        }
    }

    /** How the person was on a day: energy, stress, craving (0–10 each) and whether they said they were not safe. */
    public record ReadinessDay(LocalDate day, Integer energy, Integer stress, Integer craving, Boolean notSafe,
            Instant updatedAt) implements Entry {

        @Override
        public void check() {
            need(day, "day");
            need(updatedAt, "updatedAt");
            new Readiness(energy, stress, craving, isNotSafe());
        }

        @Override
        public List<Object> key() {
            return List.of(day);
        }

        public boolean isNotSafe() {
            return Boolean.TRUE.equals(notSafe);
        }
    }

    /** A day's session: the parts it had (none while not planned) and the parts done, as part codes. */
    public record DailySession(LocalDate day, List<String> parts, List<String> done, String questionId,
            Instant startedAt, Instant finishedAt) implements Entry {

        @Override
        public void check() {
            need(day, "day");
            need(startedAt, "startedAt");
            for (List<String> codes : java.util.Arrays.asList(parts, done)) {
                for (String code : codes == null ? List.<String>of() : codes) {
                    if (code == null || Part.ofCode(code).isEmpty()) {
                        throw new Refused("exchange.problem.part", String.valueOf(code));
                    }
                }
            }
        }

        @Override
        public List<Object> key() {
            return List.of(day);
        }
    }

    /** The answer to a day's question, with the question as it was asked. */
    public record JournalEntry(LocalDate day, String questionId, String questionText, Long aim, String answer,
            Instant createdAt) implements Entry {

        @Override
        public void check() {
            need(day, "day");
            need(questionId, "questionId");
            need(questionText, "questionText");
            need(createdAt, "createdAt");
        }

        @Override
        public List<Object> key() {
            return List.of(day);
        }

        public JournalEntry onAim(Long newAim) {
            return new JournalEntry(day, questionId, questionText, newAim, answer, createdAt);
        }
    }

    public record Obstacle(Long aim, String text, ObstacleStatus status, LocalDate addedOn, LocalDate focusSince,
            LocalDate removedOn) implements Entry.OnAim<Obstacle> {

        @Override
        public void check() {
            need(aim, "aim");
            need(status, "status");
            need(addedOn, "addedOn");
            new coach.kaizen.core.obstacle.Obstacle(0, aim, text, status, addedOn, focusSince, removedOn);
        }

        @Override
        public List<Object> key() {
            return List.of(aim, text, addedOn);
        }

        @Override
        public Obstacle onAim(long newAim) {
            return new Obstacle(newAim, text, status, addedOn, focusSince, removedOn);
        }
    }

    public record Experiment(Long step, ExperimentKind kind, String change, LocalDate startDay, Integer days,
            Verdict verdict, LocalDate decidedOn, Instant createdAt) implements Entry.OnStep<Experiment> {

        @Override
        public void check() {
            need(step, "step");
            need(startDay, "startDay");
            need(createdAt, "createdAt");
            new coach.kaizen.core.experiment.Experiment(0, step, kind, change, startDay, need(days, "days"), verdict,
                    decidedOn);
        }

        @Override
        public List<Object> key() {
            return List.of(step, kind, startDay);
        }

        @Override
        public Experiment onStep(long newStep) {
            return new Experiment(newStep, kind, change, startDay, days, verdict, decidedOn, createdAt);
        }
    }

    /** A tiny win on a recovery aim (one of ours, or OWN with the person's words). */
    public record RecoveryWin(Long aim, LocalDate day, RecoveryActionKind kind, String text, Instant createdAt)
            implements Entry.OnAim<RecoveryWin> {

        @Override
        public void check() {
            need(aim, "aim");
            need(day, "day");
            need(createdAt, "createdAt");
            new RecoveryAction(0, aim, day, kind, text);
        }

        @Override
        public List<Object> key() {
            return List.of(aim, day, kind, createdAt);
        }

        @Override
        public RecoveryWin onAim(long newAim) {
            return new RecoveryWin(newAim, day, kind, text, createdAt);
        }
    }

    public record Urge(Long aim, LocalDate day, Integer intensity, String trigger, String place, String helped,
            Boolean passed, Instant createdAt) implements Entry.OnAim<Urge> {

        @Override
        public void check() {
            need(aim, "aim");
            need(day, "day");
            need(createdAt, "createdAt");
            new UrgeDraft(intensity, trigger, place, helped, passed);
        }

        @Override
        public List<Object> key() {
            return List.of(aim, day, createdAt);
        }

        @Override
        public Urge onAim(long newAim) {
            return new Urge(newAim, day, intensity, trigger, place, helped, passed, createdAt);
        }
    }

    public record Slip(Long aim, LocalDate day, String place, String happening, String feeling, String nextTime,
            Integer confidence, Instant createdAt) implements Entry.OnAim<Slip> {

        @Override
        public void check() {
            need(aim, "aim");
            need(createdAt, "createdAt");
            new SlipDraft(day, place, happening, feeling, nextTime);
            if (confidence != null && (confidence < 0 || confidence > 10)) {
                throw new Refused("exchange.problem.confidence");
            }
        }

        @Override
        public List<Object> key() {
            return List.of(aim, day, createdAt);
        }

        @Override
        public Slip onAim(long newAim) {
            return new Slip(newAim, day, place, happening, feeling, nextTime, confidence, createdAt);
        }
    }

    /** What one day of the old habit cost, on a recovery aim. */
    public record NotSpent(Long aim, BigDecimal moneyPerDay, String currency, Integer minutesPerDay,
            Instant updatedAt) implements Entry.OnAim<NotSpent> {

        @Override
        public void check() {
            need(aim, "aim");
            need(updatedAt, "updatedAt");
            new DailyCost(moneyPerDay, currency, minutesPerDay);
        }

        @Override
        public List<Object> key() {
            return List.of(aim);
        }

        @Override
        public NotSpent onAim(long newAim) {
            return new NotSpent(newAim, moneyPerDay, currency, minutesPerDay, updatedAt);
        }

        /** The cost as the app keeps it (money to the cent). */
        public DailyCost cost() {
            return new DailyCost(moneyPerDay, currency, minutesPerDay);
        }
    }

    public record SafetyPlan(String warningSigns, String coping, String distractions, String helpers,
            String professionals, String safeSurroundings, Instant updatedAt) implements Entry {

        @Override
        public void check() {
            need(updatedAt, "updatedAt");
            new coach.kaizen.core.recovery.SafetyPlan(warningSigns, coping, distractions, helpers, professionals,
                    safeSurroundings);
        }

        @Override
        public List<Object> key() {
            return List.of();
        }
    }

    /** A strength the person has earned, with what showed it. */
    public record Strength(String name, String evidence, Instant createdAt) implements Entry {

        @Override
        public void check() {
            need(createdAt, "createdAt");
            new EarnedStrength(0, name, evidence);
        }

        @Override
        public List<Object> key() {
            return List.of(name, createdAt);
        }
    }
}
