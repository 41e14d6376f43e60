package coach.kaizen.app.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.Services;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.steps.TodayService.StepToday;
import coach.kaizen.app.steps.TodayService.Today;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Action;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Proposal;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.engine.ReasonCode;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.Choice;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A day's readiness and the person's smaller choices, kept on a real database and replayed with the history. */
abstract class ReadinessAndChoiceContract {

    private static final Instant NOW = Instant.parse("2026-06-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);
    private static final LocalDate START = TODAY.minusDays(5);
    private static final Sizing SIZING = new Sizing(10, "minutes", 1, 2, 60.0);
    private static final Readiness EXHAUSTED = new Readiness(2, 7, null);

    private final Engine engine = Engine.standard();
    private TestDatabase test;
    private Database db;
    private Services services;
    private Person ana;
    private Step step;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void setUp() {
        test = openDatabase();
        db = test.database();
        services = Services.over(db, Clock.fixed(NOW, ZoneOffset.UTC));
        ana = person("ana");
        step = stepOf(ana);
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void aHardDayOffersTheFloorAndDoingItMovesNothing() {
        checkIn(CheckIn.done(START));
        StepProgress before = stored();

        services.readiness().save(ana, TODAY, EXHAUSTED);
        Today today = services.today().today(ana);
        assertThat(today.hardDay()).isTrue();
        assertThat(today.readiness()).isEqualTo(EXHAUSTED);
        Proposal offer = card(today).proposal();
        assertThat(offer.action()).isEqualTo(Action.FLOOR);
        assertThat(offer.size()).isEqualTo(SIZING.floor());
        assertThat(offer.reason().code()).isEqualTo(ReasonCode.HARD_DAY_FLOOR);

        checkIn(new CheckIn(TODAY, Outcome.DONE, 2.0, 4, null));
        assertThat(stored().engine().level()).isEqualTo(before.engine().level());
        assertThat(stored()).isEqualTo(replayed(List.of(), Map.of(TODAY, EXHAUSTED)));
    }

    @Test
    void sayingLaterThatADayWasHardReReadsThatDay() {
        checkIn(CheckIn.done(START));
        double before = stored().engine().level();
        checkIn(new CheckIn(START.plusDays(1), Outcome.DONE, 2.0, 4, null));
        assertThat(stored().engine().level()).as("2 of 10 on an ordinary day is short").isLessThan(before);

        services.readiness().save(ana, START.plusDays(1), EXHAUSTED);

        assertThat(stored().engine().level()).as("the floor, done on a hard day").isEqualTo(before);
        assertThat(stored()).isEqualTo(replayed(List.of(), Map.of(START.plusDays(1), EXHAUSTED)));
    }

    @Test
    void aDayReReadForItsReadinessIsCorrectedOnWhatCameBeforeIt() {
        checkIn(CheckIn.done(START));
        checkIn(new CheckIn(START.plusDays(1), Outcome.DONE, 2.0, 4, null));
        services.readiness().save(ana, START.plusDays(1), EXHAUSTED);
        LocalDate lastDay = START.plusDays(1);
        assertThat(db.read((Stores s) -> s.progress().kept(ana.id(), step.id(), lastDay)).orElseThrow().base(lastDay))
                .as("the replay kept what came before the last day").isPresent();

        checkIn(CheckIn.missed(START.plusDays(1)));

        assertThat(stored()).isEqualTo(replayed(List.of(), Map.of(START.plusDays(1), EXHAUSTED)));
    }

    @Test
    void readinessCannotBeGivenForADayNotYetCome() {
        assertThatThrownBy(() -> services.readiness().save(ana, TODAY.plusDays(1), EXHAUSTED))
                .isInstanceOf(Rejected.class).hasMessageContaining("today (2026-06-20)");
        assertThat(services.readiness().find(ana, TODAY.plusDays(1))).isEqualTo(Readiness.UNKNOWN);
    }

    @Test
    void aSmallerChoiceIsKeptAndSurvivesAReplayOfTheDaysBefore() {
        for (int i = 0; i < 3; i++) {
            checkIn(CheckIn.done(START.plusDays(i)));
        }
        Proposal chosen = services.choices().choose(ana, step.id(), 3.0);
        assertThat(chosen.size()).isEqualTo(3);
        assertThat(chosen.reason().code()).isEqualTo(ReasonCode.YOUR_CHOICE);
        assertThat(card(services.today().today(ana)).proposal()).isEqualTo(chosen);

        // A forgotten day, told late: the history is replayed, and today's choice with it.
        checkIn(new CheckIn(START.plusDays(4), Outcome.MISSED, null, null, null));
        checkIn(new CheckIn(START.plusDays(3), Outcome.DONE, null, 1, null));

        assertThat(stored()).isEqualTo(replayed(List.of(new Choice(TODAY, 3)), Map.of()));
        assertThat(card(services.today().today(ana)).proposal().size()).isEqualTo(3);
    }

    @Test
    void aChoiceAboveTheOfferIsRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> services.choices().choose(ana, step.id(), 11.0))
                .isInstanceOf(Invalid.class).hasMessage("a smaller size can be from 2 to 10 today");
        assertThat(db.read((Stores s) -> s.choices().history(ana.id(), step.id()))).isEmpty();
        assertThat(db.read((Stores s) -> s.progress().find(ana.id(), step.id()))).isEmpty();
    }

    @Test
    void onceTodayIsCheckedInTheChoiceWaitsForTomorrow() {
        checkIn(CheckIn.done(TODAY));
        assertThatThrownBy(() -> services.choices().choose(ana, step.id(), 3.0))
                .isInstanceOf(Rejected.class).hasMessageContaining("already checked in");
    }

    @Test
    void nobodyChoosesForAnotherPersonsStep() {
        Person ben = person("ben");
        assertThatThrownBy(() -> services.choices().choose(ben, step.id(), 3.0)).isInstanceOf(NotFound.class);
        assertThat(db.read((Stores s) -> s.choices().history(ana.id(), step.id()))).isEmpty();
    }

    private void checkIn(CheckIn checkIn) {
        services.checkIns().record(ana, step.id(), checkIn);
    }

    private StepProgress stored() {
        return db.read((Stores s) -> s.progress().find(ana.id(), step.id())).orElseThrow();
    }

    private StepProgress replayed(List<Choice> choices, Map<LocalDate, Readiness> readiness) {
        List<CheckIn> history = db.read((Stores s) -> s.checkIns().history(ana.id(), step.id()));
        return StepProgress.replay(engine, step, history, choices, readiness);
    }

    private StepToday card(Today today) {
        return today.steps().stream().filter(card -> card.step().id() == step.id()).findFirst().orElseThrow();
    }

    private Person person(String name) {
        return db.transaction((Stores s) -> s.users().create(Person.newcomer(name, ZoneId.of("UTC"), 0), null, false, NOW))
                .orElseThrow();
    }

    private Step stepOf(Person person) {
        return db.transaction((Stores s) -> {
            Aim aim = s.aims().create(person.id(), new AimDraft("Move", AimKind.BUILD), NOW);
            return s.steps().create(person.id(), aim.id(), new StepDraft("Walk", SIZING, null), START, NOW)
                    .orElseThrow();
        });
    }
}
