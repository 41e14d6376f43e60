package coach.kaizen.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.Settings;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.JournalStore.Entry;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.steps.TodayService.StepToday;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Action;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.experiment.Experiment;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.obstacle.Obstacle;
import coach.kaizen.core.obstacle.ObstacleStatus;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.person.Theme;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.session.LookBack;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.session.Question;
import coach.kaizen.core.session.QuestionBank;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily session on a real database: parts chosen on arrival, resumed, answered, and kept per person. */
abstract class DailySessionContract {

    private static final Instant START = Instant.parse("2026-06-20T10:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 20);
    private static final Readiness FINE = new Readiness(7, 3, null);

    private TestDatabase test;
    private Database db;
    private TestClock clock;
    private Services services;
    private DailySessionService sessions;
    private Person ana;
    private Aim move;
    private Step walk;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void setUp() {
        test = openDatabase();
        db = test.database();
        clock = new TestClock(START);
        services = Services.over(db, clock);
        sessions = services.dailySessions();
        ana = person("ana");
        move = services.aims().create(ana, new AimDraft("Move more", AimKind.BUILD, "I am someone who moves"));
        walk = services.steps().create(ana, move.id(),
                new StepDraft("Walk", new Sizing(10, "minutes", 1, 2, 60.0), "after lunch"));
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void theSessionStartsWithArrivingAndResumesAtItsFirstPartNotDone() {
        assertThat(view(ana).session().current()).contains(Part.ARRIVE);
        assertThat(sessions.find(ana)).as("opened, nothing is written").isEmpty();
        assertThatThrownBy(() -> sessions.next(ana, Part.TODAY)).isInstanceOf(Rejected.class)
                .hasMessage("say how you are today first: the session starts there");
        assertThatThrownBy(() -> sessions.skip(ana)).isInstanceOf(Rejected.class);

        DailySession arrived = sessions.arrive(ana, FINE);
        assertThat(arrived.parts()).containsExactly(Part.ARRIVE, Part.TODAY, Part.QUESTION, Part.CLOSE);
        assertThat(arrived.current()).contains(Part.TODAY);
        assertThatThrownBy(() -> sessions.finish(ana)).isInstanceOf(Rejected.class)
                .hasMessage("the session closes after its other parts; it is now at “Today”");
        sessions.next(ana, Part.TODAY);
        assertThat(view(ana).session().current()).as("left and opened again").contains(Part.QUESTION);
        assertThatThrownBy(() -> sessions.next(ana, Part.QUESTION)).isInstanceOf(Rejected.class)
                .hasMessageContaining("ends by answering it");
        assertThatThrownBy(() -> sessions.next(ana, Part.OBSTACLE)).isInstanceOf(Rejected.class)
                .hasMessage("today's session has no obstacle part");

        assertThatThrownBy(() -> sessions.answer(ana, null, "  ")).isInstanceOf(Invalid.class)
                .hasMessage("answer is required");
        assertThat(view(ana).session().current()).contains(Part.QUESTION);
        sessions.answer(ana, move.id(), "Shoes by the door");
        assertThat(view(ana).session().current()).contains(Part.CLOSE);
        assertThatThrownBy(() -> sessions.skip(ana)).isInstanceOf(Rejected.class)
                .hasMessage("today's question is answered already; your answer is kept");
        assertThat(sessions.finish(ana).finished()).isTrue();
        assertThat(sessions.find(ana).orElseThrow().finished()).isTrue();
        assertThat(view(ana).session().current()).isEmpty();

        List<Entry> journal = services.journal().answers(ana, null);
        assertThat(journal).singleElement().satisfies(entry -> {
            assertThat(entry.answer()).isEqualTo("Shoes by the door");
            assertThat(entry.aimTitle()).isEqualTo("Move more");
            assertThat(entry.day()).isEqualTo(FIRST_DAY);
        });
    }

    @Test
    void aQuestionIsNeverAskedAgainWithinTwoWeeksEvenWhenSkipped() {
        List<String> asked = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            sessions.arrive(ana, FINE);
            String id = view(ana).question().id();
            int from = Math.max(0, asked.size() - (QuestionBank.REPEAT_AFTER_DAYS - 1));
            assertThat(asked.subList(from, asked.size())).as("day %d", day).doesNotContain(id);
            asked.add(id);
            if (day % 2 == 0) {
                sessions.skip(ana);
            } else {
                sessions.answer(ana, null, "answer " + day);
            }
            clock.nextDay();
        }
        assertThat(services.journal().answers(ana, null)).hasSize(15);
    }

    @Test
    void lookBackListsTheDaysLeftUnsaidSinceTheLastSessionAWeekAtMost() {
        sessions.arrive(ana, FINE);
        record(Outcome.DONE);
        for (int i = 0; i < 10; i++) {
            clock.nextDay();
        }
        assertThat(view(ana).lookBack()).as("nothing to show before arriving").isEmpty();
        assertThat(sessions.arrive(ana, FINE).parts()).contains(Part.LOOK_BACK);
        assertThat(view(ana).lookBack()).extracting(LookBack.Unsaid::day)
                .containsExactly(FIRST_DAY.plusDays(3), FIRST_DAY.plusDays(4), FIRST_DAY.plusDays(5),
                        FIRST_DAY.plusDays(6), FIRST_DAY.plusDays(7), FIRST_DAY.plusDays(8), FIRST_DAY.plusDays(9));
        services.checkIns().record(ana, walk.id(), CheckIn.missed(FIRST_DAY.plusDays(5)));
        assertThat(view(ana).lookBack()).hasSize(6);
    }

    @Test
    void aStepSetAsideIsAskedOfNoDayItWasAside() {
        sessions.arrive(ana, FINE);
        record(Outcome.DONE);
        services.steps().setAside(ana, walk.id(), true);
        for (int i = 0; i < 3; i++) {
            clock.nextDay();
        }
        assertThat(sessions.arrive(ana, FINE).parts()).doesNotContain(Part.LOOK_BACK);
        assertThat(view(ana).lookBack()).isEmpty();
    }

    @Test
    void aSessionOnlyOpenedIsNoPlaceToLookBackFrom() {
        sessions.arrive(ana, FINE);
        record(Outcome.DONE);
        for (int i = 0; i < 4; i++) {
            clock.nextDay();
        }
        assertThat(view(ana).session().isPlanned()).as("only opened").isFalse();
        clock.nextDay();
        sessions.arrive(ana, FINE);
        assertThat(view(ana).lookBack()).extracting(LookBack.Unsaid::day)
                .containsExactly(FIRST_DAY.plusDays(1), FIRST_DAY.plusDays(2), FIRST_DAY.plusDays(3),
                        FIRST_DAY.plusDays(4));
    }

    @Test
    void aStepMadeDuringTheHoldIsHeldToo() {
        sessions.arrive(ana, new Readiness(null, null, null, true));
        clock.nextDay();
        Step read = services.steps().create(ana, move.id(),
                new StepDraft("Read", new Sizing(2, "pages", 1, 1, null), null));
        assertThat(db.read((Stores s) -> s.progress().find(ana.id(), read.id())).orElseThrow().engine().crisisDay())
                .isEqualTo(FIRST_DAY);
        sessions.arrive(ana, FINE);
        services.readiness().save(ana, FIRST_DAY, FINE);
        assertThat(services.readiness().find(ana, FIRST_DAY).notSafe())
                .as("a later answer for that day never lifts the hold").isTrue();
    }

    @Test
    void aFinishedTrialAndTwoMissesAreDueButAtMostTwoOptionalPartsComeAndNoneOnAHardDay() {
        Experiment trial = services.experiments().start(ana, walk.id(), ExperimentKind.ANCHOR, "after breakfast", 2);
        assertThatThrownBy(() -> services.experiments().start(ana, walk.id(), ExperimentKind.TIME, "later", null))
                .isInstanceOf(Rejected.class).hasMessageContaining("is still being tried");
        record(Outcome.MISSED);
        clock.nextDay();
        record(Outcome.MISSED);
        clock.nextDay();

        assertThat(sessions.arrive(ana, new Readiness(1, 9, null)).parts())
                .containsExactly(Part.ARRIVE, Part.TODAY, Part.QUESTION, Part.CLOSE);
        assertThat(sessions.arrive(ana, FINE).parts()).as("said again: the parts are chosen again")
                .containsExactly(Part.ARRIVE, Part.TODAY, Part.QUESTION, Part.EXPERIMENT, Part.CLOSE);
        assertThat(view(ana).experiment()).satisfies(due -> {
            assertThat(due.experiment().id()).isEqualTo(trial.id());
            assertThat(due.comparison().after().dueDays()).isEqualTo(2);
            assertThat(due.comparison().after().done()).isZero();
        });
        services.experiments().decide(ana, trial.id(), Verdict.KEEP);
        assertThat(services.steps().find(ana, walk.id()).anchor()).isEqualTo("after breakfast");
        assertThatThrownBy(() -> services.experiments().decide(ana, trial.id(), Verdict.REVERT))
                .isInstanceOf(Rejected.class).hasMessageContaining("already decided");

        clock.nextDay();
        assertThat(sessions.arrive(ana, FINE).parts()).contains(Part.OBSTACLE);
        assertThat(view(ana).obstacle()).satisfies(due -> assertThat(due.aim()).isEqualTo(
                services.aims().find(ana, move.id())));
        Obstacle rain = services.obstacles().add(ana, move.id(), "Rain");
        assertThat(rain.status()).as("the first one comes into focus").isEqualTo(ObstacleStatus.IN_FOCUS);
        Obstacle dark = services.obstacles().add(ana, move.id(), "Dark evenings");
        assertThat(dark.status()).isEqualTo(ObstacleStatus.WAITING);
        services.obstacles().focus(ana, dark.id());
        assertThat(services.obstacles().forAim(ana, move.id())).extracting(Obstacle::status)
                .containsExactly(ObstacleStatus.WAITING, ObstacleStatus.IN_FOCUS);
        assertThat(services.obstacles().remove(ana, dark.id()).removedOn()).isEqualTo(FIRST_DAY.plusDays(3));
        assertThat(services.aims().progress(ana, move.id()).removals()).singleElement()
                .satisfies(removal -> assertThat(removal.comparison().before().done()).isZero());
        sessions.next(ana, Part.OBSTACLE);
        clock.nextDay();
        assertThat(sessions.arrive(ana, FINE).parts()).as("not again within a week").doesNotContain(Part.OBSTACLE);
    }

    @Test
    void notSafeRightNowHoldsEveryStepForThreeDaysWithoutErasingAnything() {
        // Nine easy days from a Saturday: the tenth, a Monday, offers growth (15 minutes after 14).
        for (int i = 0; i < 9; i++) {
            services.checkIns().record(ana, walk.id(), new CheckIn(day(), Outcome.DONE, null, 1, null));
            clock.nextDay();
        }
        StepToday before = services.today().today(ana).steps().get(0);
        DailySession session = sessions.arrive(ana, new Readiness(null, null, null, true));
        assertThat(session.parts()).contains(Part.TODAY);
        StepToday held = services.today().today(ana).steps().get(0);
        assertThat(before.proposal().action()).isEqualTo(Action.GROW);
        assertThat(held.proposal().action()).as("the day itself offers the smallest version").isEqualTo(Action.FLOOR);
        assertThat(held.strength()).isEqualTo(before.strength());
        for (int i = 0; i < 3; i++) {
            services.checkIns().record(ana, walk.id(), new CheckIn(day(), Outcome.DONE, null, 1, null));
            clock.nextDay();
            assertThat(services.today().today(ana).steps().get(0).proposal().action()).isNotEqualTo(Action.GROW);
        }
        services.checkIns().record(ana, walk.id(), new CheckIn(day(), Outcome.DONE, null, 1, null));
        clock.nextDay();
        assertThat(services.today().today(ana).steps().get(0).proposal().action()).as("72 hours on")
                .isEqualTo(Action.GROW);
        assertThat(services.checkIns().list(ana, walk.id(), FIRST_DAY, day())).hasSize(13);
    }

    @Test
    void oneCannotReachAnothersSessionAimsObstaclesOrExperiments() {
        Person ben = person("ben");
        sessions.arrive(ben, FINE);
        Obstacle rain = services.obstacles().add(ana, move.id(), "Rain");
        Experiment trial = services.experiments().start(ana, walk.id(), ExperimentKind.PLACE, "in the park", null);

        assertThatThrownBy(() -> sessions.answer(ben, move.id(), "mine now")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.obstacles().add(ben, move.id(), "x")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.obstacles().remove(ben, rain.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.experiments().decide(ben, trial.id(), Verdict.KEEP))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.experiments().start(ben, walk.id(), ExperimentKind.TIME, "x", null))
                .isInstanceOf(NotFound.class);
        sessions.answer(ben, null, "Ben's own words");
        sessions.arrive(ana, FINE);
        sessions.answer(ana, null, "Ana's own words");

        assertThat(services.journal().answers(ben, null)).extracting(Entry::answer)
                .containsExactly("Ben's own words");
        assertThat(services.obstacles().forAim(ana, move.id())).extracting(Obstacle::status)
                .containsExactly(ObstacleStatus.IN_FOCUS);
        assertThat(services.experiments().forStep(ana, walk.id())).singleElement()
                .satisfies(t -> assertThat(t.experiment().verdict()).isNull());
    }

    @Test
    void theJournalFindsWordsAsTypedInAnswersQuestionsAndAims() {
        sessions.arrive(ana, FINE);
        sessions.answer(ana, move.id(), "100% sure_ish");
        clock.nextDay();
        sessions.arrive(ana, FINE);
        sessions.answer(ana, null, "100 percent");

        assertThat(services.journal().answers(ana, "0%")).as("% is a character, not a wildcard")
                .extracting(Entry::answer).containsExactly("100% sure_ish");
        assertThat(services.journal().answers(ana, "0_")).as("_ is a character, not a wildcard").isEmpty();
        assertThat(services.journal().answers(ana, "E_I")).extracting(Entry::answer)
                .containsExactly("100% sure_ish");
        assertThat(services.journal().answers(ana, "move MORE")).hasSize(1);
        assertThat(services.journal().answers(ana, "100")).extracting(Entry::answer)
                .containsExactly("100 percent", "100% sure_ish");
        clock.nextDay();
        sessions.arrive(ana, FINE);
        sessions.answer(ana, null, "Ärger über Éclairs");
        assertThat(services.journal().answers(ana, "ärger ÜBER éCLAIRS")).hasSize(1);
        assertThatThrownBy(() -> services.journal().answers(ana, "x".repeat(101))).isInstanceOf(Invalid.class)
                .hasMessage("search can be at most 100 characters");
    }

    private void record(Outcome outcome) {
        services.checkIns().record(ana, walk.id(), new CheckIn(day(), outcome, null, null, null));
    }

    private LocalDate day() {
        return services.clock().today(ana);
    }

    private SessionView view(Person person) {
        return sessions.view(person, services.clock().today(person));
    }

    @Test
    void aSpanishPersonIsAskedInSpanishAndTheJournalKeepsTheQuestionAsItWasAsked() {
        Person eva = db.transaction((Stores s) -> s.users().create(new Person(0, "eva", ZoneId.of("UTC"), 0,
                DayOfWeek.MONDAY, "es", null, Theme.DEVICE), null, false, START)).orElseThrow();
        sessions.arrive(eva, FINE);
        Question asked = view(eva).question();
        Questions questions = Questions.standard();
        assertThat(asked.text()).isEqualTo(questions.in("es").find(asked.id()).orElseThrow().text())
                .isNotEqualTo(questions.bank().find(asked.id()).orElseThrow().text());
        sessions.answer(eva, null, "Dejar las zapatillas junto a la puerta");
        assertThat(Catalog.shipped().texts("es").say(view(eva).close().win()))
                .isEqualTo("Te presentaste y miraste tu día con honestidad. Presentarse es el hábito que sostiene "
                        + "todos los demás.");
        assertThat(services.journal().answers(eva, null)).singleElement()
                .satisfies(entry -> assertThat(entry.question()).isEqualTo(asked.text()));

        // What is stored stays as it was asked, whatever language the person reads later.
        services.accounts().change(eva, new Settings("UTC", 0, "MONDAY", "en", "", "DEVICE"));
        assertThat(services.journal().answers(eva, null)).singleElement()
                .satisfies(entry -> assertThat(entry.question()).isEqualTo(asked.text()));
        assertThat(services.journal().answers(eva, "zapatillas")).hasSize(1);
    }

    private Person person(String name) {
        return db.transaction((Stores s) -> s.users().create(Person.newcomer(name, ZoneId.of("UTC"), 0), null, false, START))
                .orElseThrow();
    }
}
