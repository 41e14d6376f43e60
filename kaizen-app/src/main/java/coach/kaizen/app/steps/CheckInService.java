package coach.kaizen.app.steps;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.ProgressStore;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.Conflict;
import coach.kaizen.app.service.IdempotencyKey;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.KeptProgress;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Records check-ins and keeps each step's engine state and strength in step with them. */
public final class CheckInService {

    /** How many days late a day can still be checked in; the session's "look back" reaches as far. */
    public static final int LATE_DAYS = 7;

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;

    public CheckInService(Database database, Engine engine, PersonalClock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /** The saved check-in, whether it is the day's first (not a correction), and the step's progress after it. */
    public record Result(SavedCheckIn checkIn, boolean created, StepProgress progress) {
    }

    /** What a check-in answered: the check-in as then saved, and whether it was the day's first; kept with its key. */
    public record Answer(SavedCheckIn checkIn, boolean created) {
    }

    /**
     * Replays every step whose kept progress is missing or was kept by an older engine, one step
     * per transaction; run at start-up so pages never show a state the engine no longer makes.
     */
    public int replayStale() {
        List<ProgressStore.StepKey> stale = database.read(stores -> stores.progress().stale());
        for (ProgressStore.StepKey key : stale) {
            database.transaction(stores -> {
                stores.steps().findForUpdate(key.userId(), key.stepId())
                        .ifPresent(step -> stores.keepReplayed(engine, key.userId(), step, clock.now()));
                return null;
            });
        }
        return stale.size();
    }

    /**
     * Saves a check-in (a second one for the same day corrects the first) and updates the step's
     * progress in the same transaction: on top of the kept progress for a new day, on top of what
     * came before it for a correction of the last day, and by replaying the history when an
     * earlier day is added or corrected, or when no progress was kept.
     */
    public Result record(Person person, long stepId, CheckIn checkIn) {
        return database.transaction(stores -> {
            Step step = stores.steps().findForUpdate(person.id(), stepId).orElseThrow(() -> new NotFound("step"));
            return record(stores, person, step, checkIn);
        });
    }

    /**
     * Saves a check-in once per idempotency key: a repeat of the key with the same request gets the
     * first answer and saves nothing, with another request it is refused. The key is kept in the
     * check-in's own transaction, so both are saved or neither. Without a key, it is saved as sent.
     */
    public Answer record(Person person, long stepId, CheckIn checkIn, Optional<IdempotencyKey> key) {
        return database.transaction(stores -> {
            Step step = stores.steps().findForUpdate(person.id(), stepId).orElseThrow(() -> new NotFound("step"));
            // The step is locked now: a repeat sent at the same moment waits for this one, then finds its key.
            Optional<Answer> first = key.flatMap(sent -> firstAnswer(stores, person, sent));
            if (first.isPresent()) {
                return first.get();
            }
            Result result = record(stores, person, step, checkIn);
            Answer answer = new Answer(result.checkIn(), result.created());
            key.ifPresent(sent -> keep(stores, person, sent, answer));
            return answer;
        });
    }

    private Optional<Answer> firstAnswer(Stores stores, Person person, IdempotencyKey key) {
        return stores.idempotency().find(person.id(), key.key(), Answer.class).map(kept -> {
            if (!kept.fingerprint().equals(key.fingerprint())) {
                throw new Rejected(Message.of("problem.idempotencyKey.reused"));
            }
            return kept.answer();
        });
    }

    private void keep(Stores stores, Person person, IdempotencyKey key, Answer answer) {
        Instant now = clock.now();
        stores.idempotency().forgetBefore(person.id(), now.minus(IdempotencyKey.KEPT));
        if (!stores.idempotency().keep(person.id(), key.key(), key.fingerprint(), answer, now)) {
            // The same key on another step's check-in, sent at the same moment: the first one holds it.
            throw new Conflict(Message.of("problem.idempotencyKey.inUse"));
        }
    }

    /** Saves a check-in within the caller's transaction; {@code step} was read for update. */
    public Result record(Stores stores, Person person, Step step, CheckIn checkIn) {
        long userId = person.id();
        checkDay(checkIn.day(), step, clock.today(person));
        if (step.sizing().isLadder() && checkIn.amount() != null) {
            throw new Invalid(Message.of("steps.problem.ladderAmount"));
        }
        if (checkIn.outcome() == Outcome.SLIP && !inRecovery(stores, userId, step)) {
            throw new Rejected(Message.of("steps.problem.checkIn.slipInRecoveryOnly"));
        }
        Instant now = clock.now();
        Optional<KeptProgress> kept = stores.progress().kept(userId, step.id(), checkIn.day());
        // A day already checked in is corrected in place: one statement, and no new id taken.
        Optional<SavedCheckIn> corrected = stores.checkIns().correct(userId, step.id(), checkIn, now);
        boolean created = corrected.isEmpty();
        SavedCheckIn saved = corrected.or(() -> stores.checkIns().save(userId, step.id(), checkIn, now))
                .orElseThrow(() -> new NotFound("step"));
        Readiness readiness = stores.readiness().find(userId, checkIn.day()).orElse(Readiness.UNKNOWN);
        Optional<StepProgress> base = kept.flatMap(progress -> progress.base(checkIn.day()));
        KeptProgress after = base
                .map(before -> new KeptProgress(before.record(engine, step, checkIn, readiness), before))
                .orElseGet(() -> stores.replayed(engine, userId, step).kept());
        stores.progress().keep(userId, step.id(), after, now);
        stores.tally().checkInSaved(created);
        return new Result(saved, created, after.latest());
    }

    /** The step's check-ins from {@code from} to {@code to}, both included, oldest first. */
    public List<SavedCheckIn> list(Person person, long stepId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new Invalid(Message.of("steps.problem.fromAfterTo", from.toString(), to.toString()));
        }
        return database.read(stores -> {
            stores.steps().find(person.id(), stepId).orElseThrow(() -> new NotFound("step"));
            return stores.checkIns().list(person.id(), stepId, from, to);
        });
    }

    private static boolean inRecovery(Stores stores, long userId, Step step) {
        return stores.aims().find(userId, step.aimId()).map(aim -> aim.kind() == AimKind.RECOVER).orElse(false);
    }

    private static void checkDay(LocalDate day, Step step, LocalDate today) {
        if (day.isAfter(today)) {
            throw new Rejected(Message.of("steps.problem.futureDay", today.toString(), day.toString()));
        }
        if (day.isBefore(step.startDay())) {
            throw new Rejected(Message.of("steps.problem.beforeStart", step.startDay().toString(), day.toString()));
        }
        if (day.isBefore(today.minusDays(LATE_DAYS))) {
            throw new Rejected(Message.of("steps.problem.tooLate", LATE_DAYS,
                    today.minusDays(LATE_DAYS).toString(), day.toString()));
        }
    }
}
