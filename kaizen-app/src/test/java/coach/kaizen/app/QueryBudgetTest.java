package coach.kaizen.app;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.steps.CheckInService;
import coach.kaizen.app.steps.TodayService;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the day's work costs in SQL statements, counted by the database itself: the Today view and
 * a check-in must cost the same however many steps a person has and however long their history is.
 */
class QueryBudgetTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Sizing SIZING = new Sizing(5, "minutes", 1, 1, 30.0);

    /** Generous ceilings: an N+1 query would blow through them at once. */
    private static final long TODAY_BUDGET = 3;
    private static final long CHECK_IN_BUDGET = 10;

    @TempDir
    Path folder;

    private TestDatabase test;
    private Database database;
    private Services services;

    @BeforeEach
    void setUp() {
        test = TestDatabases.sqlite(folder);
        database = test.database();
        services = Services.over(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void todayCostsTheSameForOneStepWithTwoDaysAsForFiveStepsWithSixtyDaysEach() {
        Person few = person("few");
        stepWithHistory(few, 2);
        Person many = person("many");
        for (int i = 0; i < 5; i++) {
            stepWithHistory(many, 60);
        }

        long small = statements(() -> assertThat(services.today().today(few).steps()).hasSize(1));
        long large = statements(() -> assertThat(services.today().today(many).steps()).hasSize(5));

        assertThat(large).as("statements for 5 steps x 60 days vs 1 step x 2 days").isEqualTo(small);
        assertThat(small).isPositive().isLessThanOrEqualTo(TODAY_BUDGET);
        // The history was really there and really read: every step has grown some strength.
        assertThat(services.today().today(many).steps()).allSatisfy(step -> assertThat(step.strength()).isPositive());

        // Once today is checked in, it still costs the same.
        for (TodayService.StepToday step : services.today().today(many).steps()) {
            services.checkIns().record(many, step.step().id(), CheckIn.done(TODAY));
        }
        services.checkIns().record(few, services.today().today(few).steps().get(0).step().id(),
                CheckIn.done(TODAY));
        assertThat(statements(() -> services.today().today(many))).isEqualTo(small);
        assertThat(statements(() -> services.today().today(few))).isEqualTo(small);
    }

    @Test
    void aCheckInForANewDayCostsTheSameWhateverTheHistory() {
        Person person = person("ana");
        Step brief = stepWithHistory(person, 2);
        Step lengthy = stepWithHistory(person, 60);
        Step longer = stepWithHistory(person, 200);

        long small = recording(person, brief, new CheckIn(TODAY, Outcome.DONE, null, 2, null), true);
        long large = recording(person, lengthy, new CheckIn(TODAY, Outcome.DONE, null, 2, null), true);
        long largest = recording(person, longer, CheckIn.missed(TODAY), true);

        assertThat(large).as("a new day after 60 days vs after 2 days").isEqualTo(small);
        assertThat(largest).as("a new day after 200 days vs after 2 days").isEqualTo(small);
        assertThat(small).isPositive().isLessThanOrEqualTo(CHECK_IN_BUDGET);
    }

    @Test
    void aCorrectionOfAnEarlierDayCostsAFixedCount() {
        Person person = person("ben");
        Step brief = stepWithHistory(person, 2);
        Step lengthy = stepWithHistory(person, 60);

        // Correcting the day before yesterday (yesterday, the last day, is cheaper: see below), a day
        // long ago, and filling a day that was never recorded.
        long small = recording(person, brief, CheckIn.missed(TODAY.minusDays(2)), false);
        long large = recording(person, lengthy, CheckIn.missed(TODAY.minusDays(2)), false);
        long weekAgo = recording(person, lengthy,
                new CheckIn(TODAY.minusDays(CheckInService.LATE_DAYS), Outcome.SKIPPED, null, null, "ill"), false);
        long filled = recording(person, stepWithHistory(person, 60, 5), CheckIn.done(TODAY.minusDays(5)), true);
        long filledShort = recording(person, stepWithHistory(person, 10, 5), CheckIn.done(TODAY.minusDays(5)), true);

        assertThat(large).as("a correction with 60 days of history vs 2").isEqualTo(small);
        assertThat(weekAgo).as("correcting the furthest day back vs two days ago").isEqualTo(small);
        // A day added takes a new id and a row where a correction rewrites one: a little more, as fixed.
        assertThat(filled).as("adding a missing earlier day, after 60 days vs 10").isEqualTo(filledShort);
        assertThat(small).isPositive().isLessThanOrEqualTo(filled);
        assertThat(filled).isLessThanOrEqualTo(CHECK_IN_BUDGET);

        // Today on top of a corrected history is again the fixed price of a new day.
        long newDayAfterCorrection = recording(person, lengthy, CheckIn.done(TODAY), true);
        long newDayPlain = recording(person, brief, CheckIn.done(TODAY), true);
        assertThat(newDayAfterCorrection).isEqualTo(newDayPlain);
    }

    @Test
    void correctingTheLastDayAgainCostsLessThanCorrectingAnEarlierOne() {
        Person person = person("cleo");
        Step step = stepWithHistory(person, 60);

        long newDay = recording(person, step, CheckIn.done(TODAY), true);
        long lastDay = recording(person, step, CheckIn.missed(TODAY), false);
        long lastDayAgain = recording(person, step, new CheckIn(TODAY, Outcome.DONE, null, 3, "later on"), false);
        long earlier = recording(person, step, CheckIn.missed(TODAY.minusDays(1)), false);

        assertThat(lastDay).as("today corrected vs yesterday corrected").isLessThan(earlier);
        assertThat(lastDayAgain).isEqualTo(lastDay).isLessThanOrEqualTo(newDay);
    }

    // ------------------------------------------------------------------ helpers

    private long recording(Person person, Step step, CheckIn checkIn, boolean expectCreated) {
        List<CheckInService.Result> result = new ArrayList<>();
        long cost = statements(() -> result.add(services.checkIns().record(person, step.id(), checkIn)));
        assertThat(result.get(0).created()).isEqualTo(expectCreated);
        assertThat(result.get(0).checkIn().checkIn()).isEqualTo(checkIn);
        return cost;
    }

    private long statements(Runnable work) {
        long before = database.statementsRun();
        work.run();
        return database.statementsRun() - before;
    }

    private Person person(String name) {
        return database.transaction((Stores s) -> s.users().create(Person.newcomer(name, ZoneId.of("UTC"), 0), null, false, NOW))
                .orElseThrow();
    }

    /** A step begun {@code days} days ago, checked in through the service on each day up to yesterday, that day. */
    private Step stepWithHistory(Person person, int days) {
        return stepWithHistory(person, days, -1);
    }

    /** The same, leaving the day {@code gapDaysAgo} days ago unrecorded. */
    private Step stepWithHistory(Person person, int days, int gapDaysAgo) {
        LocalDate start = TODAY.minusDays(days);
        Step step = database.transaction((Stores s) -> {
            Aim aim = s.aims().create(person.id(), new AimDraft("Move", AimKind.BUILD), NOW);
            return s.steps().create(person.id(), aim.id(), new StepDraft("Walk", SIZING, null), start, NOW)
                    .orElseThrow();
        });
        for (int ago = days; ago >= 1; ago--) {
            if (ago == gapDaysAgo) {
                continue;
            }
            LocalDate day = TODAY.minusDays(ago);
            CheckIn checkIn = ago % 7 == 3 ? CheckIn.missed(day) : new CheckIn(day, Outcome.DONE, null, ago % 5, null);
            Instant thatDay = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
            Services.over(database, Clock.fixed(thatDay, ZoneOffset.UTC)).checkIns()
                    .record(person, step.id(), checkIn);
        }
        return step;
    }
}
