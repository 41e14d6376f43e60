package coach.kaizen.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coach.kaizen.app.Services;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.recovery.RecoveryService.Panel;
import coach.kaizen.app.recovery.RecoveryService.Progress;
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
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.engine.ReasonCode;
import coach.kaizen.core.obstacle.Obstacle;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.RecoveryRuns.Run;
import coach.kaizen.core.picture.RecoveryWeeks;
import coach.kaizen.core.recovery.DailyCost;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.SafetyPlan;
import coach.kaizen.core.recovery.Slip;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.session.Close;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recovery on a real database: wins and urges kept for good, the slip flow, the safety plan, strengths. */
abstract class RecoveryContract {

    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    private static final int EASY_DAYS = 12;
    private static final Texts ENGLISH = Catalog.shipped().texts(Catalog.ENGLISH);

    private TestDatabase test;
    private Database db;
    private TestClock clock;
    private Services services;
    private Person ana;
    private Person ben;
    private Aim wine;
    private Step evening;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void setUp() {
        test = openDatabase();
        db = test.database();
        clock = new TestClock(START);
        services = Services.over(db, clock);
        ana = person("ana");
        ben = person("ben");
        wine = services.aims().create(ana, new AimDraft("Less wine", AimKind.RECOVER, "I look after my evenings"));
        evening = services.steps().create(ana, wine.id(),
                new StepDraft("Tea at seven", new Sizing(10, "minutes", 1, 2, 30.0), null));
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void winsAndUrgesAreCountedForGoodAndNamedToday() {
        services.recovery().logAction(ana, wine.id(), RecoveryActionKind.BOUNDARY, null);
        services.recovery().logAction(ana, wine.id(), RecoveryActionKind.OWN, "Cooked a real dinner");
        services.recovery().logUrge(ana, wine.id(), new UrgeDraft(7, "payday", "home", "a walk", true));
        services.recovery().logUrge(ana, wine.id(), new UrgeDraft(9, "a row", null, null, false));

        Panel panel = services.recovery().panel(ana, wine.id());
        assertThat(panel.tally().actions()).isEqualTo(2);
        assertThat(panel.tally().urgesPassed()).isEqualTo(1);
        assertThat(panel.tally().urges()).isEqualTo(2);
        assertThat(panel.tally().todaysWins()).extracting(ENGLISH::say)
                .containsExactly("A boundary set", "Cooked a real dinner", "An urge that passed (7 of 10)");
        assertThat(panel.ownWins()).containsExactly("Cooked a real dinner");
        assertThat(panel.recentTriggers()).containsExactly("a row", "payday");
        assertThat(panel.tally().daysSince()).as("the counter is off by default").isNull();

        clock.nextDay();
        assertThat(services.recovery().panel(ana, wine.id()).tally().todaysWins()).isEmpty();
        assertThat(sessionClose().votes()).extracting(ENGLISH::say)
                .containsExactly("3 votes so far for “I look after my evenings”.");
    }

    @Test
    void theSessionsCloseNamesARecoveryWin() {
        services.recovery().logAction(ana, wine.id(), RecoveryActionKind.HONEST_TALK, null);
        Close close = sessionClose();
        assertThat(ENGLISH.say(close.win())).isEqualTo("“An honest conversation”: a real recovery win today.");
        assertThat(close.votes()).extracting(ENGLISH::say)
                .containsExactly("That is the 1st vote for “I look after my evenings”.");
    }

    @Test
    void aSlipShrinksTomorrowsStepAndErasesNothing() {
        for (int day = 0; day < EASY_DAYS; day++) {
            services.checkIns().record(ana, evening.id(), new CheckIn(today(), Outcome.DONE, null, 1, null));
            clock.nextDay();
        }
        services.recovery().logAction(ana, wine.id(), RecoveryActionKind.CRAVING_RESISTED, null);
        services.recovery().logUrge(ana, wine.id(), new UrgeDraft(6, null, null, null, true));
        StepToday before = stepToday();
        double sizeBefore = before.proposal().size();
        assertThat(sizeBefore).as("twelve easy days grew the step").isGreaterThan(10);
        double strengthBefore = before.strength();
        services.aims().update(ana, wine.id(),
                new AimDraft("Less wine", AimKind.RECOVER, "I look after my evenings", FIRST_DAY));

        Slip slip = services.slips().record(ana, wine.id(),
                new SlipDraft(today(), "a party", "Everyone was drinking", "Low", "Bring my own drinks"), true);
        services.slips().confidence(ana, slip.id(), 4);

        StepToday after = stepToday();
        assertThat(after.checkIn()).map(CheckIn::outcome).contains(Outcome.SLIP);
        assertThat(after.proposal().size()).as("tomorrow's step").isLessThan(sizeBefore);
        assertThat(after.proposal().reason().code()).isEqualTo(ReasonCode.AFTER_SLIP);
        assertThat(after.strength()).as("strength is lowered by one day, not reset").isGreaterThan(strengthBefore * 0.8);
        List<SavedCheckIn> history = services.checkIns().list(ana, evening.id(), FIRST_DAY, today());
        assertThat(history).hasSize(EASY_DAYS + 1);
        assertThat(history.subList(0, EASY_DAYS)).allMatch(saved -> saved.checkIn().outcome() == Outcome.DONE);

        Panel panel = services.recovery().panel(ana, wine.id());
        assertThat(panel.tally().actions()).isEqualTo(1);
        assertThat(panel.tally().urgesPassed()).isEqualTo(1);
        assertThat(panel.tally().daysSince()).as("the counter counts from the slip").isZero();
        assertThat(services.obstacles().forAim(ana, wine.id())).extracting(Obstacle::text)
                .containsExactly("Bring my own drinks");
        SlipService.After told = services.slips().after(ana, slip.id());
        assertThat(told.slip().confidence()).isEqualTo(4);
        assertThat(told.slip().lowConfidence()).isTrue();
        assertThat(told.steps()).extracting(card -> card.step().id()).containsExactly(evening.id());

        clock.nextDay();
        assertThat(services.recovery().panel(ana, wine.id()).tally().daysSince()).isEqualTo(1);
    }

    @Test
    void everyRunIsKeptAndWhatWasNotSpentIsCounted() {
        services.aims().update(ana, wine.id(), new AimDraft("Less wine", AimKind.RECOVER, null, FIRST_DAY));
        services.recovery().setDailyCost(ana, wine.id(), new DailyCost(new BigDecimal("4.5"), "€", 30));
        Aim walking = services.aims().create(ben, new AimDraft("Less sugar", AimKind.RECOVER));
        services.recovery().setDailyCost(ben, walking.id(), new DailyCost(BigDecimal.ONE, null, null));
        clock.advance(Duration.ofDays(9));
        services.recovery().logAction(ana, wine.id(), RecoveryActionKind.BOUNDARY, null);
        services.recovery().logUrge(ana, wine.id(), new UrgeDraft(6, null, null, null, true));
        services.slips().record(ana, wine.id(), new SlipDraft(today(), null, null, null, null), false);
        clock.advance(Duration.ofDays(7));

        Progress progress = services.recovery().progress(ana, wine.id());
        assertThat(progress.runs().runs()).extracting(Run::days).containsExactly(9, 7);
        assertThat(progress.runs().longest().days()).isEqualTo(9);
        assertThat(progress.panel().tally().daysSince()).isEqualTo(progress.runs().current().days());
        assertThat(progress.weeks().weeks()).extracting(RecoveryWeeks.Week::wins, RecoveryWeeks.Week::urgesPassed)
                .as("from the week of the first win, weeks from Monday").containsExactly(tuple(1, 1), tuple(0, 0));
        assertThat(progress.cost()).isEqualTo(new DailyCost(new BigDecimal("4.50"), "€", 30));
        assertThat(progress.notSpent().currentRun().money()).isEqualByComparingTo("31.50");
        assertThat(progress.notSpent().inAll().days()).as("the slip's day is not counted").isEqualTo(15);
        assertThat(progress.notSpent().inAll().minutes()).isEqualTo(450);

        services.recovery().setDailyCost(ana, wine.id(), new DailyCost(null, null, 45));
        assertThat(services.recovery().progress(ana, wine.id()).cost()).isEqualTo(new DailyCost(null, null, 45));
        Aim build = services.aims().create(ana, new AimDraft("Walk", AimKind.BUILD));
        // Ids are counted per person: wine's id is also that of Ben's own first aim; this one he has none of.
        assertThatThrownBy(() -> services.recovery().setDailyCost(ben, build.id(), new DailyCost(null, null, 5)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.recovery().setDailyCost(ana, build.id(), new DailyCost(null, null, 5)))
                .isInstanceOf(Rejected.class);
        services.recovery().setDailyCost(ana, wine.id(), new DailyCost(null, null, null));
        assertThat(services.recovery().progress(ana, wine.id()).cost()).as("all left out stops it").isNull();
        assertThat(services.recovery().progress(ben, walking.id()).cost()).as("Ben's own, untouched")
                .isEqualTo(new DailyCost(BigDecimal.ONE, null, null));
        assertThat(services.recovery().progress(ben, walking.id()).runs()).as("no counter, no runs").isNull();
        assertThat(services.recovery().progress(ben, walking.id()).weeks()).as("no wins yet").isNull();
    }

    @Test
    void aStepAlreadyAnsweredKeepsItsAnswer() {
        services.checkIns().record(ana, evening.id(), new CheckIn(today(), Outcome.DONE, null, 2, "tea!"));
        services.slips().record(ana, wine.id(), new SlipDraft(today(), null, null, null, null), false);
        assertThat(services.checkIns().list(ana, evening.id(), today(), today()))
                .singleElement().satisfies(saved -> {
                    assertThat(saved.checkIn().outcome()).isEqualTo(Outcome.DONE);
                    assertThat(saved.checkIn().note()).isEqualTo("tea!");
                });
        assertThat(services.slips().forAim(ana, wine.id())).hasSize(1);
    }

    @Test
    void badSlipsAreRefusedAndChangeNothing() {
        assertThatThrownBy(() -> services.slips().record(ana, wine.id(),
                new SlipDraft(today().plusDays(1), null, null, null, null), false)).isInstanceOf(Rejected.class)
                .hasMessageStartingWith("a slip can be told for today or up to 7 days back");
        assertThatThrownBy(() -> services.slips().record(ana, wine.id(),
                new SlipDraft(today(), null, null, null, null), true)).isInstanceOf(Invalid.class)
                .hasMessageStartingWith("write the one thing that might help next time");
        Aim walking = services.aims().create(ana, new AimDraft("Walk", AimKind.BUILD));
        assertThatThrownBy(() -> services.slips().record(ana, walking.id(),
                new SlipDraft(today(), null, null, null, null), false)).isInstanceOf(Rejected.class)
                .hasMessageContaining("is an aim to build up");
        assertThatThrownBy(() -> services.recovery().logAction(ana, walking.id(), RecoveryActionKind.BOUNDARY, null))
                .isInstanceOf(Rejected.class);
        Slip slip = services.slips().record(ana, wine.id(), new SlipDraft(today(), null, null, null, null), false);
        assertThatThrownBy(() -> services.slips().confidence(ana, slip.id(), 11)).isInstanceOf(Invalid.class)
                .hasMessage("confidence must be from 0 to 10");
        assertThatThrownBy(() -> services.slips().confidence(ana, slip.id(), null)).isInstanceOf(Invalid.class);
        assertThat(services.slips().forAim(ana, wine.id())).singleElement()
                .satisfies(kept -> assertThat(kept.confidence()).isNull());
        assertThat(services.checkIns().list(ana, evening.id(), today(), today())).hasSize(1);
        assertThatThrownBy(() -> services.aims().update(ana, wine.id(),
                new AimDraft("Less wine", AimKind.RECOVER, null, today().plusDays(1)))).isInstanceOf(Rejected.class);
    }

    @Test
    void noOneSeesAnothersRecovery() {
        services.recovery().logAction(ana, wine.id(), RecoveryActionKind.BOUNDARY, null);
        Slip slip = services.slips().record(ana, wine.id(), new SlipDraft(today(), "home", null, null, null), false);
        services.safety().savePlan(ana, new SafetyPlan("Not sleeping", null, null, "Sam", null, null));
        long strength = services.safety().addStrength(ana, "Courage", null).id();

        assertThatThrownBy(() -> services.recovery().panel(ben, wine.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.recovery().logUrge(ben, wine.id(), new UrgeDraft(3, null, null, null, true)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.slips().after(ben, slip.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.slips().confidence(ben, slip.id(), 5)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.safety().deleteStrength(ben, strength)).isInstanceOf(NotFound.class);
        assertThat(services.safety().plan(ben).isEmpty()).isTrue();
        assertThat(services.safety().strengths(ben)).isEmpty();
        assertThat(services.safety().strengths(ana)).hasSize(1);
    }

    @Test
    void theSafetyPlanIsKeptWholeAndStrengthsComeAndGo() {
        SafetyPlan plan = new SafetyPlan("Not sleeping", "A cold shower", "The library", "Sam 0123",
                "Dr Lee; 116 123", "Wine out of the house");
        assertThat(services.safety().savePlan(ana, plan)).isEqualTo(plan);
        SafetyPlan changed = new SafetyPlan("Not sleeping; skipping meals", null, null, "Sam 0123", null, null);
        services.safety().savePlan(ana, changed);
        assertThat(services.safety().plan(ana)).isEqualTo(changed);

        long courage = services.safety().addStrength(ana, " Courage ", "I asked for help in March").id();
        services.safety().addStrength(ana, "Endurance", null);
        assertThatThrownBy(() -> services.safety().addStrength(ana, " ", null)).isInstanceOf(Invalid.class)
                .hasMessage("strength is required");
        services.safety().deleteStrength(ana, courage);
        assertThat(services.safety().strengths(ana)).extracting(s -> s.name()).containsExactly("Endurance");
    }

    private StepToday stepToday() {
        return services.today().today(ana).steps().stream().filter(card -> card.step().id() == evening.id())
                .findFirst().orElseThrow();
    }

    private LocalDate today() {
        return services.clock().today(ana);
    }

    /** The close of Ana's session today, once she has arrived in it. */
    private Close sessionClose() {
        LocalDate day = services.dailySessions().arrive(ana, new Readiness(7, 3, null)).day();
        return services.dailySessions().view(ana, day).close();
    }

    private Person person(String name) {
        return db.transaction((Stores s) -> s.users().create(Person.newcomer(name, ZoneId.of("UTC"), 0), null, false, START))
                .orElseThrow();
    }
}
