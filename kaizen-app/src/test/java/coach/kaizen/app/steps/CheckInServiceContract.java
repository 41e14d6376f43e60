package coach.kaizen.app.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.db.Tally;
import coach.kaizen.app.service.IdempotencyKey;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The check-in service on a real database: one transaction, no duplicates, replays when the past changes. */
abstract class CheckInServiceContract {

    // 10:00 UTC on 2026-06-20 is already 22:00 of the same day in Auckland; 2026-06-21 there starts at 12:00 UTC.
    private static final Instant NOW = Instant.parse("2026-06-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);
    private static final LocalDate START = TODAY.minusDays(30);
    /** The furthest day back that can still be checked in. */
    private static final LocalDate WEEK_AGO = TODAY.minusDays(CheckInService.LATE_DAYS);
    private static final Sizing SIZING = new Sizing(10, "minutes", 1, 2, 60.0);

    private final Engine engine = Engine.standard();
    private TestDatabase test;
    private Database db;
    private CheckInService service;
    private Person ana;
    private Step step;

    protected abstract TestDatabase openDatabase();

    /** Makes the database refuse every write to step_progress, as a full disk or a lost connection might. */
    protected abstract void refuseProgressWrites(TestDatabase test);

    @BeforeEach
    void setUp() {
        test = openDatabase();
        db = test.database();
        service = new CheckInService(db, engine, new PersonalClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        ana = db.transaction((Stores s) -> s.users().create(Person.newcomer("ana", ZoneId.of("Pacific/Auckland"), 0), null, false, NOW)).orElseThrow();
        step = db.transaction((Stores s) -> {
            Aim aim = s.aims().create(ana.id(), new AimDraft("Move", AimKind.BUILD), NOW);
            return s.steps().create(ana.id(), aim.id(), new StepDraft("Walk", SIZING, null), START, NOW).orElseThrow();
        });
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void recordingTheSameDayTwiceCorrectsItAndNeverDuplicates() {
        service.record(ana, step.id(), CheckIn.missed(TODAY));
        CheckIn corrected = new CheckIn(TODAY, Outcome.DONE, 12.0, 2, "went after all");
        CheckInService.Result result = service.record(ana, step.id(), corrected);

        assertThat(history()).containsExactly(corrected);
        assertThat(result.checkIn().checkIn()).isEqualTo(corrected);
        assertThat(storedProgress()).isEqualTo(StepProgress.replay(engine, step, List.of(corrected), List.of(), Map.of()));
    }

    @Test
    void correctionsOfTheLastDayNeedNoReplayAndEndWhereAReplayWould() {
        AtomicInteger replays = new AtomicInteger();
        db.tally(new Tally() {
            @Override
            public void checkInSaved(boolean created) {
            }

            @Override
            public void replayed() {
                replays.incrementAndGet();
            }
        });
        CheckIn yesterday = CheckIn.done(TODAY.minusDays(1));
        service.record(ana, step.id(), yesterday);
        service.record(ana, step.id(), CheckIn.missed(TODAY));
        int before = replays.get();
        CheckIn corrected = new CheckIn(TODAY, Outcome.DONE, 12.0, 2, "went after all");
        service.record(ana, step.id(), corrected);
        CheckIn again = new CheckIn(TODAY, Outcome.DONE, 6.0, 8, "only half of it");
        CheckInService.Result result = service.record(ana, step.id(), again);

        assertThat(replays.get()).as("today corrected twice, no replay").isEqualTo(before);
        assertThat(db.read((Stores s) -> s.progress().kept(ana.id(), step.id(), TODAY)).orElseThrow().beforeLastDay())
                .as("read for a correction").isNotNull();
        assertThat(db.read((Stores s) -> s.progress().kept(ana.id(), step.id(), TODAY.plusDays(1))).orElseThrow()
                .beforeLastDay()).as("a new day follows the latest, and leaves it unread").isNull();
        assertThat(result.progress()).isEqualTo(storedProgress())
                .isEqualTo(StepProgress.replay(engine, step, List.of(yesterday, again), List.of(), Map.of()));

        CheckIn yesterdayMissed = CheckIn.missed(TODAY.minusDays(1));
        service.record(ana, step.id(), yesterdayMissed);
        service.record(ana, step.id(), corrected);
        assertThat(replays.get()).as("an earlier day replays, today after it need not").isEqualTo(before + 1);
        assertThat(storedProgress())
                .isEqualTo(StepProgress.replay(engine, step, List.of(yesterdayMissed, corrected), List.of(), Map.of()));
    }

    @Test
    void dayByDayCheckInsKeepTheSameProgressAReplayWould() {
        List<CheckIn> days = new ArrayList<>();
        for (int i = 0; i <= CheckInService.LATE_DAYS; i++) {
            LocalDate day = WEEK_AGO.plusDays(i);
            CheckIn checkIn = i % 5 == 4 ? CheckIn.missed(day) : new CheckIn(day, Outcome.DONE, null, i % 4, null);
            days.add(checkIn);
            CheckInService.Result result = service.record(ana, step.id(), checkIn);
            assertThat(result.progress()).isEqualTo(storedProgress());
        }
        assertThat(storedProgress()).isEqualTo(StepProgress.replay(engine, step, days, List.of(), Map.of()));
        assertThat(storedProgress().engine().level()).isNotEqualTo(SIZING.startLevel());
    }

    @Test
    void aLateCheckInForAnEarlierDayRecomputesWhatDependsOnIt() {
        service.record(ana, step.id(), CheckIn.done(WEEK_AGO));
        service.record(ana, step.id(), CheckIn.done(WEEK_AGO.plusDays(2)));
        StepProgress before = storedProgress();

        CheckIn late = new CheckIn(WEEK_AGO.plusDays(1), Outcome.DONE, null, 2, "forgot to log this one");
        service.record(ana, step.id(), late);

        StepProgress after = storedProgress();
        assertThat(after).isEqualTo(StepProgress.replay(engine, step, history(), List.of(), Map.of()));
        // Done, and easy: the engine learns the person could do it, so the level is higher after it.
        assertThat(after.engine().belief().capacity()).isGreaterThan(before.engine().belief().capacity());
        assertThat(after.engine().level()).isGreaterThan(before.engine().level());
        assertThat(after.strength().value()).isGreaterThan(before.strength().value());
        assertThat(history()).hasSize(3);
    }

    @Test
    void todayFollowsThePersonsZone() {
        // Already 2026-06-20 in Auckland: accepted. 2026-06-21 has not begun there yet: refused.
        service.record(ana, step.id(), CheckIn.done(TODAY));
        assertThatThrownBy(() -> service.record(ana, step.id(), CheckIn.done(TODAY.plusDays(1))))
                .isInstanceOf(Rejected.class)
                .hasMessage("a check-in can be for today (2026-06-20) or an earlier day, not 2026-06-21");
        assertThat(history()).containsExactly(CheckIn.done(TODAY));
    }

    @Test
    void aDayMoreThanAWeekBackIsRefusedAndNothingIsSaved() {
        service.record(ana, step.id(), CheckIn.done(WEEK_AGO));
        StepProgress before = storedProgress();
        assertThatThrownBy(() -> service.record(ana, step.id(), CheckIn.missed(WEEK_AGO.minusDays(1))))
                .isInstanceOf(Rejected.class)
                .hasMessage("a day can be checked in up to 7 days late, so back to 2026-06-13; 2026-06-12 is further back");
        assertThat(history()).containsExactly(CheckIn.done(WEEK_AGO));
        assertThat(storedProgress()).isEqualTo(before);
    }

    @Test
    void aDayBeforeTheStepBeganIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> service.record(ana, step.id(), CheckIn.done(START.minusDays(1))))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("starts on " + START);
        assertThat(history()).isEmpty();
        assertThat(db.read((Stores s) -> s.progress().find(ana.id(), step.id()))).isEmpty();
    }

    @Test
    void anotherPersonsStepIsNotFoundAndStaysUntouched() {
        Person ben = db.transaction((Stores s) -> s.users().create(Person.newcomer("ben", ZoneId.of("UTC"), 0), null, false, NOW)).orElseThrow();
        service.record(ana, step.id(), CheckIn.done(TODAY));
        StepProgress anas = storedProgress();

        assertThatThrownBy(() -> service.record(ben, step.id(), CheckIn.missed(TODAY)))
                .isInstanceOf(NotFound.class)
                .hasMessage("no step with that id");
        assertThat(history()).containsExactly(CheckIn.done(TODAY));
        assertThat(storedProgress()).isEqualTo(anas);
    }

    @Test
    void aFailureAfterTheCheckInIsSavedUndoesTheWholeCheckIn() {
        CheckIn yesterday = CheckIn.done(TODAY.minusDays(1));
        service.record(ana, step.id(), yesterday);
        StepProgress before = storedProgress();
        refuseProgressWrites(test);

        assertThatThrownBy(() -> service.record(ana, step.id(), CheckIn.missed(TODAY)))
                .hasStackTraceContaining("refused for the test");
        assertThat(history()).containsExactly(yesterday);
        assertThat(storedProgress()).isEqualTo(before);
    }

    @Test
    void checkInsSavedWithoutProgressAreReplayedByTheNextOne() {
        // As an import or a repair might leave them: check-ins, and no progress kept yet.
        db.transaction((Stores s) -> s.checkIns().save(ana.id(), step.id(), CheckIn.done(WEEK_AGO), NOW));
        service.record(ana, step.id(), CheckIn.done(WEEK_AGO.plusDays(1)));

        assertThat(storedProgress()).isEqualTo(StepProgress.replay(engine, step, history(), List.of(), Map.of()));
        assertThat(storedProgress().engine().doneRun()).isEqualTo(2);
    }

    @Test
    void concurrentCheckInsOnOneStepEndWhereAReplayWould() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                SplittableRandom random = new SplittableRandom(writer);
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 12; i++) {
                        LocalDate day = WEEK_AGO.plusDays(random.nextInt(CheckInService.LATE_DAYS + 1));
                        service.record(ana, step.id(), random.nextBoolean()
                                ? new CheckIn(day, Outcome.DONE, null, random.nextInt(11), null)
                                : CheckIn.missed(day));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(history()).isNotEmpty();
        assertThat(storedProgress()).isEqualTo(StepProgress.replay(engine, step, history(), List.of(), Map.of()));
    }

    @Test
    void aRepeatedKeyGetsTheFirstAnswerAndSavesNothingAgain() {
        IdempotencyKey key = IdempotencyKey.of("0b7c5e1e-6a43-4c1e-9d55-2f9a1f0e6b11", "done, resistance 2");
        CheckIn done = new CheckIn(TODAY, Outcome.DONE, null, 2, null);
        CheckInService.Answer first = service.record(ana, step.id(), done, Optional.of(key));
        assertThat(first.created()).isTrue();
        // A correction made since, without a key, is what a late repeat must not undo.
        service.record(ana, step.id(), CheckIn.missed(TODAY));
        StepProgress corrected = storedProgress();

        CheckInService.Answer again = service.record(ana, step.id(), done, Optional.of(key));

        assertThat(again).isEqualTo(first);
        assertThat(history()).containsExactly(CheckIn.missed(TODAY));
        assertThat(storedProgress()).isEqualTo(corrected);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing() {
        service.record(ana, step.id(), CheckIn.done(TODAY), Optional.of(IdempotencyKey.of("k-1", "done")));
        StepProgress before = storedProgress();

        assertThatThrownBy(() -> service.record(ana, step.id(), CheckIn.missed(TODAY),
                Optional.of(IdempotencyKey.of("k-1", "missed"))))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("already used for a different request");
        assertThat(history()).containsExactly(CheckIn.done(TODAY));
        assertThat(storedProgress()).isEqualTo(before);
    }

    @Test
    void aKeyIsKeptOnlyWithTheCheckInItCameWith() {
        IdempotencyKey key = IdempotencyKey.of("k-2", "missed today");
        assertThatThrownBy(() -> service.record(ana, step.id(), CheckIn.done(TODAY.plusDays(1)), Optional.of(key)))
                .isInstanceOf(Rejected.class);
        refuseProgressWrites(test);
        assertThatThrownBy(() -> service.record(ana, step.id(), CheckIn.missed(TODAY), Optional.of(key)))
                .hasStackTraceContaining("refused for the test");

        assertThat(history()).isEmpty();
        assertThat(db.read((Stores s) -> s.idempotency().find(ana.id(), key.key(), CheckInService.Answer.class)))
                .isEmpty();
    }

    @Test
    void repeatsOfOneKeySentAtOnceSaveOnceAndAllGetTheFirstAnswer() throws Exception {
        IdempotencyKey key = IdempotencyKey.of("k-3", "done today");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<CheckInService.Answer> answers = new ArrayList<>();
        try {
            List<Future<CheckInService.Answer>> senders = new ArrayList<>();
            for (int sender = 0; sender < 4; sender++) {
                senders.add(threads.submit(() -> service.record(ana, step.id(), CheckIn.done(TODAY), Optional.of(key))));
            }
            for (Future<CheckInService.Answer> sender : senders) {
                answers.add(sender.get(2, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(answers.get(0).created()).isTrue();
        assertThat(db.read((Stores s) -> s.checkIns().list(ana.id(), step.id(), TODAY, TODAY)))
                .singleElement().satisfies(saved -> assertThat(saved.updatedAt()).isEqualTo(saved.createdAt()));
    }

    private List<CheckIn> history() {
        return db.read((Stores s) -> s.checkIns().history(ana.id(), step.id()));
    }

    private StepProgress storedProgress() {
        return db.read((Stores s) -> s.progress().find(ana.id(), step.id())).orElseThrow();
    }
}
