package coach.kaizen.app.steps;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.TodayStore.StepOnDay;
import coach.kaizen.app.db.TodayStore;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Proposal;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.strength.Strength;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The person's day: each step due, what the coach proposes for it, and how strong it is. */
public final class TodayService {

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;

    public TodayService(Database database, Engine engine, PersonalClock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Today's steps, in the order of their aims, and how the person said they are today; the steps that
     * wait for another day ({@code notDue}); and, when no step is on Today at all, how many are set aside.
     */
    public record Today(LocalDate day, Readiness readiness, boolean hardDay, List<StepToday> steps, List<Step> notDue,
            int setAside) {

        /**
         * The words for a day with no step to do: {@code restKey} when some step comes back on its own
         * days, else why there is none (all set aside, or none made yet) and the way to one.
         */
        public String nothingToDoKey(String restKey) {
            return !notDue.isEmpty() ? restKey : setAside > 0 ? "steps.today.allAside.html" : "steps.today.empty.html";
        }

        /** Craving is asked only of people moving away from something. */
        public boolean asksCraving() {
            return steps.stream().anyMatch(step -> step.aim().kind() == AimKind.RECOVER);
        }
    }

    /**
     * One step today. Before today's check-in the proposal is today's; after it, tomorrow's.
     * {@code strengthBefore} is yesterday's strength once today is checked in (for a step begun before today),
     * so the day's change shows. {@code choseToday}: the person chose a smaller size for today, which they
     * may take back until today is said.
     */
    public record StepToday(Step step, Aim aim, Proposal proposal, double strength, Optional<Double> strengthBefore,
            Optional<CheckIn> checkIn, boolean choseToday) {
    }

    public Today today(Person person) {
        LocalDate day = clock.today(person);
        record Read(TodayStore.Day rows, int setAside) {
        }
        Read read = database.read(stores -> {
            TodayStore.Day found = stores.today().day(person.id(), day);
            // Counted only for an empty Today, which says why it is empty: a Today with steps pays no query more.
            return new Read(found, found.steps().isEmpty() ? stores.steps().archived(person.id()).size() : 0);
        });
        TodayStore.Day rows = read.rows();
        List<StepToday> due = rows.steps().stream().filter(row -> row.step().schedule().isDue(day))
                .map(row -> stepToday(row, day, rows.readiness())).toList();
        List<Step> notDue = rows.steps().stream().map(StepOnDay::step).filter(step -> !step.schedule().isDue(day))
                .toList();
        return new Today(day, rows.readiness(), engine.settings().isHardDay(rows.readiness()), due, notDue,
                read.setAside());
    }

    private StepToday stepToday(StepOnDay row, LocalDate day, Readiness readiness) {
        StepProgress progress = row.progress().orElseGet(() -> StepProgress.start(engine, row.step()));
        Strength strength = progress.strength();
        if (row.checkIn().isPresent()) {
            // Checked in: the proposal is for the next day, whose readiness is not known yet.
            Proposal proposal = engine.propose(row.step().sizing(), progress.engine(), day.plusDays(1),
                    Readiness.UNKNOWN);
            // A step begun today had no yesterday to compare with.
            Optional<Double> before = row.step().startDay().isBefore(day) ? Optional.of(strength.dayBefore())
                    : Optional.empty();
            return new StepToday(row.step(), row.aim(), proposal, strength.value(), before, row.checkIn(), false);
        }
        Proposal proposal = engine.propose(row.step().sizing(), progress.engine(), day, readiness);
        // Not checked in yet: strength as it stood at the end of yesterday.
        Strength sinceYesterday = strength.asOf(day.minusDays(1), row.step().schedule(), row.step().measure());
        return new StepToday(row.step(), row.aim(), proposal, sinceYesterday.value(), Optional.empty(),
                Optional.empty(), day.equals(progress.engine().choiceDay()));
    }
}
