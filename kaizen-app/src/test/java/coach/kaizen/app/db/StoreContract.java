package coach.kaizen.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.engine.Belief;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.engine.Event;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.Choice;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.session.Practice;
import coach.kaizen.core.session.Question;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import coach.kaizen.core.strength.Strength;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do, on every database the app runs on. */
abstract class StoreContract {

    private static final Instant NOW = Instant.parse("2026-04-02T08:15:30.123456Z");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final Sizing SIZING = new Sizing(5, "minutes", 1, 1, 60.0);

    private TestDatabase test;
    private Database db;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        test = openDatabase();
        db = test.database();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aUsernameIsTakenOnceAndThePersonIsFoundByIdOrName() {
        Person ana = person("ana", "Europe/Lisbon", 3);
        assertThat(ana.zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(ana.dayStartHour()).isEqualTo(3);
        assertThat(db.read((Stores s) -> s.users().find(ana.id()))).contains(ana);
        assertThat(db.read((Stores s) -> s.users().findByUsername("ana"))).contains(ana);
        assertThat(db.transaction((Stores s) -> s.users().create(Person.newcomer("ana", ZoneId.of("UTC"), 0), null, false, NOW))).isEmpty();
        assertThat(db.read((Stores s) -> s.users().findByUsername("nobody"))).isEmpty();
    }

    @Test
    void aimsBelongToTheirPersonOnly() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Aim aim = db.transaction((Stores s) -> s.aims().create(ana.id(), new AimDraft("Move every day", AimKind.BUILD), NOW));

        assertThat(db.read((Stores s) -> s.aims().find(ana.id(), aim.id()))).contains(aim);
        assertThat(db.read((Stores s) -> s.aims().list(ana.id()))).containsExactly(aim);
        assertThat(db.read((Stores s) -> s.aims().find(ben.id(), aim.id()))).isEmpty();
        assertThat(db.read((Stores s) -> s.aims().list(ben.id()))).isEmpty();
        assertThat(db.transaction((Stores s) -> s.aims().delete(ben.id(), aim.id()))).isFalse();
        assertThat(db.read((Stores s) -> s.aims().find(ana.id(), aim.id()))).contains(aim);
    }

    @Test
    void stepsRoundTripAndLiveOnlyUnderTheirPersonsAims() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Aim aim = db.transaction((Stores s) -> s.aims().create(ana.id(), new AimDraft("Read more", AimKind.BUILD), NOW));
        Sizing pages = new Sizing(2.5, "pages", 0.5, 0.5, null);

        StepDraft read = new StepDraft("Read", pages, "after I pour my coffee");
        Step step = db.transaction((Stores s) -> s.steps().create(ana.id(), aim.id(), read, DAY, NOW)).orElseThrow();
        StepDraft walk = new StepDraft("Walk", SIZING, null);
        Step bare = db.transaction((Stores s) -> s.steps().create(ana.id(), aim.id(), walk, DAY, NOW)).orElseThrow();

        assertThat(step).isEqualTo(new Step(step.id(), aim.id(), "Read", pages, "after I pour my coffee",
                Schedule.DAILY, DAY));
        assertThat(db.read((Stores s) -> s.steps().find(ana.id(), bare.id()))).contains(bare);
        assertThat(db.read((Stores s) -> s.steps().listForAim(ana.id(), aim.id()))).containsExactly(step, bare);
        assertThat(db.read((Stores s) -> s.steps().list(ana.id()))).containsExactly(step, bare);
        assertThat(db.read((Stores s) -> s.steps().find(ben.id(), step.id()))).isEmpty();
        assertThat(db.read((Stores s) -> s.steps().list(ben.id()))).isEmpty();
        assertThat(db.transaction((Stores s) -> s.steps().create(ben.id(), aim.id(), walk, DAY, NOW))).isEmpty();
        assertThat(db.read((Stores s) -> s.steps().listForAim(ana.id(), aim.id()))).hasSize(2);
    }

    @Test
    void aLadderAndAScheduleRoundTripAndChangeWithTheStep() {
        Person ana = person("ana", "UTC", 0);
        Aim aim = db.transaction((Stores s) -> s.aims().create(ana.id(), new AimDraft("Calm", AimKind.BUILD), NOW));
        Sizing ladder = Sizing.ladder(List.of("Sit down", "Three breaths \"slowly\"", "One minute"), 2);
        StepDraft sit = new StepDraft("Meditate", ladder, null, Schedule.parse("mon,thu"));
        Step made = db.transaction((Stores s) -> s.steps().create(ana.id(), aim.id(), sit, DAY, NOW)).orElseThrow();

        Step found = db.read((Stores s) -> s.steps().find(ana.id(), made.id())).orElseThrow();
        assertThat(found).isEqualTo(made);
        assertThat(found.sizing()).isEqualTo(ladder);
        assertThat(found.schedule()).isEqualTo(Schedule.parse("mon,thu"));

        StepDraft counted = new StepDraft("Meditate", SIZING, null, Schedule.parse("3/7"));
        Step changed = db.transaction((Stores s) -> s.steps().update(ana.id(), made.id(), counted)).orElseThrow();
        assertThat(changed.sizing()).isEqualTo(SIZING);
        assertThat(changed.sizing().isLadder()).isFalse();
        assertThat(db.read((Stores s) -> s.steps().find(ana.id(), made.id()))).contains(changed);
        assertThat(changed.schedule()).isEqualTo(new Schedule.TimesInDays(3, 7));
    }

    @Test
    void aSecondCheckInForTheSameDayCorrectsTheFirst() {
        Person ana = person("ana", "UTC", 0);
        Step step = step(ana);
        SavedCheckIn first = db.transaction((Stores s) -> s.checkIns().save(ana.id(), step.id(),
                new CheckIn(DAY, Outcome.MISSED, null, null, "busy"), NOW)).orElseThrow();
        Instant later = NOW.plusSeconds(3600);
        CheckIn corrected = new CheckIn(DAY, Outcome.DONE, 7.5, 2, "did it after all ✓");
        SavedCheckIn second = db.transaction((Stores s) -> s.checkIns().save(ana.id(), step.id(), corrected, later))
                .orElseThrow();

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.checkIn()).isEqualTo(corrected);
        assertThat(second.createdAt()).isEqualTo(NOW);
        assertThat(second.updatedAt()).isEqualTo(later);
        assertThat(db.read((Stores s) -> s.checkIns().list(ana.id(), step.id(), DAY.minusDays(30), DAY))).containsExactly(second);
    }

    @Test
    void correctingADayChangesOnlyThatPersonsCheckInAndTakesNoNewId() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Step step = step(ana);
        CheckIn corrected = new CheckIn(DAY, Outcome.DONE, 4.0, 3, "after lunch");
        assertThat(db.transaction((Stores s) -> s.checkIns().correct(ana.id(), step.id(), corrected, NOW)))
                .as("nothing to correct on a day without a check-in").isEmpty();
        SavedCheckIn first = db.transaction((Stores s) -> s.checkIns().save(ana.id(), step.id(),
                CheckIn.missed(DAY), NOW)).orElseThrow();

        assertThat(db.transaction((Stores s) -> s.checkIns().correct(ben.id(), step.id(), corrected, NOW))).isEmpty();
        Instant later = NOW.plusSeconds(60);
        SavedCheckIn second = db.transaction((Stores s) -> s.checkIns().correct(ana.id(), step.id(), corrected, later))
                .orElseThrow();
        SavedCheckIn next = db.transaction((Stores s) -> s.checkIns().save(ana.id(), step.id(),
                CheckIn.done(DAY.plusDays(1)), later)).orElseThrow();

        assertThat(second).isEqualTo(new SavedCheckIn(first.id(), step.id(), corrected, NOW, later));
        assertThat(next.id()).as("the correction used no id").isEqualTo(first.id() + 1);
        assertThat(db.read((Stores s) -> s.checkIns().history(ana.id(), step.id())))
                .containsExactly(corrected, CheckIn.done(DAY.plusDays(1)));
    }

    @Test
    void checkInsAreListedByDayRangeAndReplayedInOrder() {
        Person ana = person("ana", "UTC", 0);
        Step step = step(ana);
        List<CheckIn> days = List.of(
                new CheckIn(DAY.plusDays(2), Outcome.SKIPPED, null, null, null),
                CheckIn.done(DAY),
                new CheckIn(DAY.plusDays(1), Outcome.DONE, 3.0, 9, "hard one"),
                CheckIn.missed(DAY.plusDays(5)));
        db.transaction((Stores s) -> days.stream().map(c -> s.checkIns().save(ana.id(), step.id(), c, NOW)).toList());

        assertThat(db.read((Stores s) -> s.checkIns().history(ana.id(), step.id())))
                .containsExactly(days.get(1), days.get(2), days.get(0), days.get(3));
        assertThat(db.read((Stores s) -> s.checkIns().list(ana.id(), step.id(), DAY.plusDays(1), DAY.plusDays(2))))
                .extracting(SavedCheckIn::checkIn)
                .containsExactly(days.get(2), days.get(0));
        assertThat(db.read((Stores s) -> s.checkIns().find(ana.id(), step.id(), DAY.plusDays(1)))).get()
                .extracting(SavedCheckIn::checkIn).isEqualTo(days.get(2));
    }

    @Test
    void anotherPersonCanNeitherSeeNorWriteCheckIns() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Step step = step(ana);
        db.transaction((Stores s) -> s.checkIns().save(ana.id(), step.id(), CheckIn.done(DAY), NOW));

        assertThat(db.transaction((Stores s) -> s.checkIns().save(ben.id(), step.id(), CheckIn.missed(DAY), NOW))).isEmpty();
        assertThat(db.read((Stores s) -> s.checkIns().find(ben.id(), step.id(), DAY))).isEmpty();
        assertThat(db.read((Stores s) -> s.checkIns().list(ben.id(), step.id(), DAY, DAY))).isEmpty();
        assertThat(db.read((Stores s) -> s.checkIns().history(ben.id(), step.id()))).isEmpty();
        assertThat(db.read((Stores s) -> s.checkIns().find(ana.id(), step.id(), DAY))).get()
                .extracting(saved -> saved.checkIn().outcome()).isEqualTo(Outcome.DONE);
    }

    @Test
    void progressRoundTripsExactlyAndIsScoped() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Step step = step(ana);
        StepProgress fresh = new StepProgress(Engine.standard().start(SIZING), Strength.NONE);
        // A belief with a different number in every place, none of them short in decimal.
        Belief learned = new Belief(1.1 / 3, 0.02 / 7, 0.3 / 11, -0.001 / 13, 0.0004 / 17,
                new double[] {-0.1 / 3, 0, 0.2 / 7, 0, 0, -0.05 / 9, 1e-17},
                new double[] {0.0625, 0.05 / 3, 0.0625, 0.0625, 0.04 / 7, 0.0625, 0.0625});
        StepProgress full = new StepProgress(
                new EngineState(1.6199, 5.0, DAY.minusDays(20), DAY, Event.HARD, 8, 0, 0, 0, 0, 0b1011L, learned, 4.0,
                        DAY.plusDays(6), DAY.minusDays(3), DAY.minusDays(1), DAY.minusDays(2)),
                new Strength(0.123456789, DAY, 0.1, 0b1101L));

        db.transaction((Stores s) -> { s.progress().save(ana.id(), step.id(), fresh, NOW); return null; });
        assertThat(db.read((Stores s) -> s.progress().find(ana.id(), step.id()))).contains(fresh);
        db.transaction((Stores s) -> { s.progress().save(ana.id(), step.id(), full, NOW); return null; });
        assertThat(db.read((Stores s) -> s.progress().find(ana.id(), step.id()))).contains(full);
        assertThat(db.read((Stores s) -> s.progress().find(ben.id(), step.id()))).isEmpty();
    }

    @Test
    void stepsWithCheckInsButNoCurrentProgressAreStale() {
        Person ana = person("ana", "UTC", 0);
        Step kept = step(ana);
        Step missing = step(ana);
        step(ana);
        db.transaction((Stores s) -> {
            s.checkIns().save(ana.id(), kept.id(), CheckIn.done(DAY), NOW);
            s.checkIns().save(ana.id(), missing.id(), CheckIn.done(DAY), NOW);
            s.progress().save(ana.id(), kept.id(), new StepProgress(Engine.standard().start(SIZING), Strength.NONE), NOW);
            return null;
        });

        assertThat(db.read((Stores s) -> s.progress().stale()))
                .containsExactly(new ProgressStore.StepKey(ana.id(), missing.id()));
    }

    @Test
    void stepsWithOnlyChoicesAreStaleToo() {
        Person ana = person("ana", "UTC", 0);
        Step chosen = step(ana);
        db.transaction((Stores s) -> {
            s.choices().add(ana.id(), chosen.id(), new Choice(DAY, 2), NOW);
            return null;
        });

        assertThat(db.read((Stores s) -> s.progress().stale()))
                .containsExactly(new ProgressStore.StepKey(ana.id(), chosen.id()));
    }

    @Test
    void readinessIsOneAnswerPerPersonPerDayAndSavingAgainChangesIt() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        db.transaction((Stores s) -> {
            s.readiness().save(ana.id(), DAY.minusDays(1), new Readiness(7, 2, null), NOW);
            s.readiness().save(ana.id(), DAY, new Readiness(5, 5, 5), NOW);
            s.readiness().save(ana.id(), DAY, new Readiness(1, null, null), NOW);
            return null;
        });

        assertThat(db.read((Stores s) -> s.readiness().find(ana.id(), DAY))).contains(new Readiness(1, null, null));
        assertThat(db.read((Stores s) -> s.readiness().find(ben.id(), DAY))).isEmpty();
        assertThat(db.read((Stores s) -> s.readiness().since(ana.id(), DAY))).containsOnlyKeys(DAY);
        assertThat(db.read((Stores s) -> s.readiness().since(ana.id(), DAY.minusDays(1))))
                .containsEntry(DAY.minusDays(1), new Readiness(7, 2, null)).hasSize(2);
    }

    @Test
    void choicesComeBackInTheOrderMadeAndOnlyToTheirOwner() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Step step = step(ana);
        Step other = step(ana);
        db.transaction((Stores s) -> {
            s.choices().add(ana.id(), step.id(), new Choice(DAY, 3), NOW);
            s.choices().add(ana.id(), step.id(), new Choice(DAY.minusDays(2), 4.5), NOW);
            s.choices().add(ana.id(), step.id(), new Choice(DAY, 2), NOW);
            s.choices().add(ana.id(), other.id(), new Choice(DAY.minusDays(1), 1), NOW);
            return null;
        });

        assertThat(db.read((Stores s) -> s.choices().history(ana.id(), step.id()))).containsExactly(
                new Choice(DAY.minusDays(2), 4.5), new Choice(DAY, 3), new Choice(DAY, 2));
        assertThat(db.read((Stores s) -> s.choices().history(ben.id(), step.id()))).isEmpty();
        assertThat(db.read((Stores s) -> s.progress().stepsWithHistoryOn(ana.id(), DAY))).containsExactly(step.id());
    }

    @Test
    void deletingAnAimRemovesItsStepsCheckInsAndProgress() {
        Person ana = person("ana", "UTC", 0);
        Step step = step(ana);
        db.transaction((Stores s) -> {
            s.checkIns().save(ana.id(), step.id(), CheckIn.done(DAY), NOW);
            s.progress().save(ana.id(), step.id(), new StepProgress(Engine.standard().start(SIZING), Strength.NONE), NOW);
            return null;
        });

        assertThat(db.transaction((Stores s) -> s.aims().delete(ana.id(), step.aimId()))).isTrue();
        assertThat(db.read((Stores s) -> s.steps().find(ana.id(), step.id()))).isEmpty();
        assertThat(db.read((Stores s) -> s.checkIns().history(ana.id(), step.id()))).isEmpty();
        assertThat(db.read((Stores s) -> s.progress().find(ana.id(), step.id()))).isEmpty();
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Person ana = person("ana", "UTC", 0);
        Step step = step(ana);
        try {
            db.transaction((Stores s) -> {
                s.checkIns().save(ana.id(), step.id(), CheckIn.done(DAY), NOW);
                throw new IllegalStateException("something went wrong after the save");
            });
        } catch (IllegalStateException expected) {
            // the point of the test is what is left afterwards
        }
        assertThat(db.read((Stores s) -> s.checkIns().history(ana.id(), step.id()))).isEmpty();
    }

    @Test
    void sessionsAreFoundByTheirHashUntilTheyExpireOrEnd() {
        Person ana = person("ana", "UTC", 0);
        Instant expires = NOW.plusSeconds(60);
        db.transaction((Stores s) -> {
            s.signIns().create("hash-1", ana.id(), "csrf-1", NOW, expires);
            return null;
        });

        Instant idleSince = NOW.minusSeconds(3600);
        assertThat(db.read((Stores s) -> s.signIns().find("hash-1", NOW, idleSince)))
                .contains(new SignInStore.SignedIn(ana, "csrf-1", false, NOW));
        assertThat(db.read((Stores s) -> s.signIns().find("hash-1", expires, idleSince))).isEmpty();
        assertThat(db.read((Stores s) -> s.signIns().find("hash-1", NOW, NOW))).as("idle since it began").isEmpty();
        assertThat(db.read((Stores s) -> s.signIns().find("hash-2", NOW, idleSince))).isEmpty();
        db.transaction((Stores s) -> {
            s.signIns().seen("hash-1", NOW.plusSeconds(30));
            return null;
        });
        assertThat(db.read((Stores s) -> s.signIns().find("hash-1", NOW, NOW))).as("seen since")
                .contains(new SignInStore.SignedIn(ana, "csrf-1", false, NOW.plusSeconds(30)));
        db.transaction((Stores s) -> {
            s.signIns().delete("hash-1");
            return null;
        });
        assertThat(db.read((Stores s) -> s.signIns().find("hash-1", NOW, idleSince))).isEmpty();
    }

    @Test
    void tokensNameTheirOwnerAndOnlyTheOwnerRevokesThem() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        TokenStore.ApiToken token = db.transaction((Stores s) -> s.tokens().create(ana.id(), "laptop", "t-hash", NOW,
                null));

        assertThat(token).isEqualTo(new TokenStore.ApiToken(token.id(), "laptop", NOW, null, null));
        assertThat(db.read((Stores s) -> s.tokens().holder("t-hash", NOW)))
                .contains(new TokenStore.Holder(ana, token.id(), null));
        assertThat(db.read((Stores s) -> s.tokens().list(ana.id()))).containsExactly(token);
        assertThat(db.read((Stores s) -> s.tokens().list(ben.id()))).isEmpty();
        assertThat(db.transaction((Stores s) -> s.tokens().delete(ben.id(), token.id()))).isFalse();
        assertThat(db.transaction((Stores s) -> s.tokens().delete(ana.id(), token.id()))).isTrue();
        assertThat(db.read((Stores s) -> s.tokens().holder("t-hash", NOW))).isEmpty();
    }

    @Test
    void aTokenKeepsItsLastUseAndStopsAtItsExpiry() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Instant expires = NOW.plusSeconds(3600);
        TokenStore.ApiToken token = db.transaction((Stores s) -> s.tokens().create(ana.id(), "phone", "p-hash", NOW,
                expires));
        TokenStore.ApiToken bens = db.transaction((Stores s) -> s.tokens().create(ben.id(), "laptop", "b-hash", NOW,
                null));
        db.transaction((Stores s) -> {
            s.tokens().used(ana.id(), token.id(), NOW.plusSeconds(60));
            return null;
        });

        assertThat(db.read((Stores s) -> s.tokens().list(ana.id()))).containsExactly(
                new TokenStore.ApiToken(token.id(), "phone", NOW, NOW.plusSeconds(60), expires));
        // Ids are new within their person only: Ben's first token has Ana's id, and her use is not his.
        assertThat(bens.id()).isEqualTo(token.id());
        assertThat(db.read((Stores s) -> s.tokens().list(ben.id()))).containsExactly(
                new TokenStore.ApiToken(bens.id(), "laptop", NOW, null, null));
        assertThat(db.read((Stores s) -> s.tokens().holder("p-hash", expires.minusMillis(1)))).isPresent();
        assertThat(db.read((Stores s) -> s.tokens().holder("p-hash", expires))).isEmpty();
    }

    @Test
    void aimsAndStepsChangeAndGoOnlyForTheirPerson() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Step step = step(ana);
        StepDraft bigger = new StepDraft("Walk briskly", new Sizing(10, "minutes", 1, 2, null), null);

        assertThat(db.transaction((Stores s) -> s.aims().update(ben.id(), step.aimId(), new AimDraft("Mine", AimKind.RECOVER))))
                .isEmpty();
        assertThat(db.transaction((Stores s) -> s.aims().update(ana.id(), step.aimId(), new AimDraft("Move more", AimKind.RECOVER))))
                .hasValueSatisfying(aim -> assertThat(aim.title()).isEqualTo("Move more"));
        assertThat(db.transaction((Stores s) -> s.steps().update(ben.id(), step.id(), bigger))).isEmpty();
        Step changed = db.transaction((Stores s) -> s.steps().update(ana.id(), step.id(), bigger)).orElseThrow();
        assertThat(changed).isEqualTo(new Step(step.id(), step.aimId(), "Walk briskly", bigger.sizing(), null,
                Schedule.DAILY, DAY));
        assertThat(db.transaction((Stores s) -> s.steps().delete(ben.id(), step.id()))).isFalse();
        assertThat(db.transaction((Stores s) -> s.steps().delete(ana.id(), step.id()))).isTrue();
        assertThat(db.read((Stores s) -> s.steps().find(ana.id(), step.id()))).isEmpty();
    }

    @Test
    void todayReadsEachDueStepWithItsAimProgressAndTheDaysCheckIn() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Step walk = step(ana);
        Step later = db.transaction((Stores s) -> s.steps().create(ana.id(), walk.aimId(),
                new StepDraft("Stretch", SIZING, null), DAY.plusDays(5), NOW)).orElseThrow();
        StepProgress progress = new StepProgress(Engine.standard().start(SIZING),
                new Strength(0.05, DAY, 0.0, 1L));
        CheckIn done = new CheckIn(DAY, Outcome.DONE, 6.0, 1, "sunny");
        db.transaction((Stores s) -> {
            s.checkIns().save(ana.id(), walk.id(), done, NOW);
            s.progress().save(ana.id(), walk.id(), progress, NOW);
            return null;
        });

        Readiness tired = new Readiness(2, 6, null);
        db.transaction((Stores s) -> {
            s.readiness().save(ana.id(), DAY, tired, NOW);
            s.readiness().save(ben.id(), DAY.plusDays(5), new Readiness(9, 1, 0), NOW);
            return null;
        });

        TodayStore.Day today = db.read((Stores s) -> s.today().day(ana.id(), DAY));
        assertThat(today.steps()).containsExactly(new TodayStore.StepOnDay(walk,
                new Aim(walk.aimId(), "Move", AimKind.BUILD, null), Optional.of(progress), Optional.of(done)));
        assertThat(today.readiness()).isEqualTo(tired);
        TodayStore.Day nextDay = db.read((Stores s) -> s.today().day(ana.id(), DAY.plusDays(5)));
        assertThat(nextDay.steps()).extracting(row -> row.step().id()).containsExactly(walk.id(), later.id());
        assertThat(nextDay.steps().get(0).checkIn()).isEmpty();
        assertThat(nextDay.steps().get(1).progress()).isEmpty();
        assertThat(nextDay.readiness()).as("ben's answer is his alone").isEqualTo(Readiness.UNKNOWN);
        assertThat(db.read((Stores s) -> s.today().day(ben.id(), DAY)).steps()).isEmpty();
    }

    @Test
    void idempotencyKeysAreKeptOncePerPersonAndForgottenAfterAWhile() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        record Answer(String said, int times) {
        }
        assertThat(db.transaction((Stores s) -> s.idempotency().keep(ana.id(), "k", "fp-1", new Answer("yes", 1), NOW)))
                .isTrue();
        assertThat(db.transaction((Stores s) -> s.idempotency().keep(ana.id(), "k", "fp-2", new Answer("no", 2), NOW)))
                .as("a person's key is kept once").isFalse();
        assertThat(db.transaction((Stores s) -> s.idempotency().keep(ben.id(), "k", "fp-3", new Answer("hi", 3), NOW)))
                .as("another person may use the same key").isTrue();
        db.transaction((Stores s) -> s.idempotency().keep(ana.id(), "later", "fp-4", new Answer("on", 4),
                NOW.plusSeconds(60)));

        assertThat(db.read((Stores s) -> s.idempotency().find(ana.id(), "k", Answer.class)))
                .contains(new IdempotencyStore.Kept<>("fp-1", new Answer("yes", 1)));
        assertThat(db.read((Stores s) -> s.idempotency().find(ben.id(), "k", Answer.class)))
                .contains(new IdempotencyStore.Kept<>("fp-3", new Answer("hi", 3)));
        assertThat(db.read((Stores s) -> s.idempotency().find(ben.id(), "later", Answer.class))).isEmpty();

        assertThat(db.transaction((Stores s) -> s.idempotency().forgetBefore(ana.id(), NOW.plusSeconds(1)))).isOne();
        assertThat(db.read((Stores s) -> s.idempotency().find(ana.id(), "k", Answer.class))).isEmpty();
        assertThat(db.read((Stores s) -> s.idempotency().find(ana.id(), "later", Answer.class))).isPresent();
        assertThat(db.read((Stores s) -> s.idempotency().find(ben.id(), "k", Answer.class))).isPresent();
    }

    @Test
    void theDemoIsReplacedButARealAccountOfTheSameNameNever() {
        Person real = person("demo", "UTC", 0);
        db.transaction((Stores s) -> {
            s.users().deleteDemo("demo");
            return null;
        });
        assertThat(db.read((Stores s) -> s.users().credentials("demo")))
                .contains(new UserStore.Credentials(real, "hash"));

        Person demo = db.transaction((Stores s) -> s.users().create(Person.newcomer("demo2", ZoneId.of("UTC"), 0), "h", true, NOW))
                .orElseThrow();
        db.transaction((Stores s) -> {
            s.users().deleteDemo("demo2");
            return null;
        });
        assertThat(db.read((Stores s) -> s.users().find(demo.id()))).isEmpty();
    }

    @Test
    void idsAreCountedPerPersonAndADeletedOnesIdIsNeverGivenAgain() {
        Person ana = person("ana", "UTC", 0);
        Person ben = person("ben", "UTC", 0);
        Aim first = db.transaction((Stores s) -> s.aims().create(ana.id(), new AimDraft("Walk", AimKind.BUILD), NOW));
        Aim newest = db.transaction((Stores s) -> s.aims().create(ana.id(), new AimDraft("Read", AimKind.BUILD), NOW));
        Aim bens = db.transaction((Stores s) -> s.aims().create(ben.id(), new AimDraft("Swim", AimKind.BUILD), NOW));
        assertThat(newest.id()).isEqualTo(first.id() + 1);
        assertThat(bens.id()).isEqualTo(first.id());

        assertThat(db.transaction((Stores s) -> s.aims().delete(ana.id(), newest.id()))).isTrue();
        Aim after = db.transaction((Stores s) -> s.aims().create(ana.id(), new AimDraft("Cook", AimKind.BUILD), NOW));
        assertThat(after.id()).isEqualTo(newest.id() + 1);
    }

    @Test
    void anAimDeletedLeavesTheJournalsAnswerAboutItAboutNoAim() {
        Person ana = person("ana", "UTC", 0);
        Aim walk = db.transaction((Stores s) -> s.aims().create(ana.id(), new AimDraft("Walk", AimKind.BUILD), NOW));
        Question question = new Question("helped", Practice.ONE_PERCENT, Set.of(), true, "What helped?");
        db.transaction((Stores s) -> {
            s.journal().save(ana.id(), DAY, question, walk.id(), "a friend", NOW);
            return null;
        });

        assertThat(db.transaction((Stores s) -> s.aims().delete(ana.id(), walk.id()))).isTrue();
        assertThat(db.read((Stores s) -> s.journal().answers(ana.id()))).containsExactly(
                new JournalStore.Entry(DAY, "helped", "What helped?", null, null, "a friend"));
    }

    @Test
    void twoTransactionsOfOnePersonAtOnceNeverMakeTheSameId() throws Exception {
        Person ana = person("ana", "UTC", 0);
        CountDownLatch made = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Aim> first = pool.submit(() -> db.transaction((Stores s) -> {
                Aim aim = s.aims().create(ana.id(), new AimDraft("First", AimKind.BUILD), NOW);
                made.countDown();
                awaitQuietly(commit);
                return aim;
            }));
            assertThat(made.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Aim> second = pool.submit(() -> db.transaction((Stores s) ->
                    s.aims().create(ana.id(), new AimDraft("Second", AimKind.BUILD), NOW)));
            // Time for the second to reach its insert while the first is still open.
            Thread.sleep(300);
            commit.countDown();

            assertThat(second.get(10, TimeUnit.SECONDS).id()).isEqualTo(first.get().id() + 1);
            assertThat(db.read((Stores s) -> s.aims().list(ana.id()))).extracting(Aim::title)
                    .containsExactly("First", "Second");
        } finally {
            pool.shutdown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void manyWritersAtOnceAreEachAnsweredOnlyOnceSavedAndARefusedOneIsUndoneAlone() throws Exception {
        Person ana = person("ana", "UTC", 0);
        Step hot = step(ana);
        int writers = 16;
        int writesEach = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<String>>> kept = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                kept.add(pool.submit(() -> writeAims(ana, hot, writer, writesEach)));
            }
            Set<String> acknowledged = new HashSet<>();
            for (Future<List<String>> each : kept) {
                acknowledged.addAll(each.get());
            }
            assertThat(acknowledged).hasSize(writers * (writesEach - writesEach / 4));
            assertThat(db.read((Stores s) -> s.aims().list(ana.id())).stream().map(Aim::title)
                    .filter(title -> !title.equals("Move"))).containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(db.read((Stores s) -> s.checkIns().list(ana.id(), hot.id(), DAY, DAY))).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * One writer's aims, each also correcting the same check-in (one hot row); every fourth refused
     * after writing. Each acknowledged aim is read back at once; the titles acknowledged.
     */
    private List<String> writeAims(Person person, Step hot, int writer, int writes) {
        List<String> acknowledged = new ArrayList<>();
        for (int n = 0; n < writes; n++) {
            String title = "Aim " + writer + "." + n;
            boolean refused = n % 4 == 3;
            double amount = n;
            try {
                Aim aim = db.transaction((Stores s) -> {
                    s.checkIns().save(person.id(), hot.id(), new CheckIn(DAY, Outcome.DONE, amount, 2, title), NOW);
                    Aim made = s.aims().create(person.id(), new AimDraft(title, AimKind.BUILD), NOW);
                    if (refused) {
                        throw new Refused(title);
                    }
                    return made;
                });
                assertThat(refused).as("a refused write is never acknowledged").isFalse();
                assertThat(db.read((Stores s) -> s.aims().find(person.id(), aim.id()))).contains(aim);
                acknowledged.add(title);
            } catch (Refused e) {
                assertThat(e.getMessage()).as("the refusal is the caller's own").isEqualTo(title);
            }
        }
        return acknowledged;
    }

    /** A write refused by the work that made it. */
    private static final class Refused extends RuntimeException {
        Refused(String title) {
            super(title);
        }
    }

    private Person person(String username, String zone, int dayStartHour) {
        return db.transaction((Stores s) -> s.users().create(Person.newcomer(username, ZoneId.of(zone), dayStartHour), "hash", false,
                NOW)).orElseThrow();
    }

    private Step step(Person person) {
        return db.transaction((Stores s) -> {
            Aim aim = s.aims().create(person.id(), new AimDraft("Move", AimKind.BUILD), NOW);
            return s.steps().create(person.id(), aim.id(), new StepDraft("Walk", SIZING, "after lunch"), DAY, NOW)
                    .orElseThrow();
        });
    }
}
