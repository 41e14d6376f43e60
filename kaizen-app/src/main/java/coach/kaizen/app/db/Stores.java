package coach.kaizen.app.db;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.progress.KeptProgress;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The stores, bound to one connection (and, in {@link Database#transaction}, one transaction). */
public final class Stores {

    private final Handle handle;
    private final Dialect dialect;
    private final Tally tally;

    Stores(Handle handle, Dialect dialect, Tally tally) {
        this.handle = handle;
        this.dialect = dialect;
        this.tally = tally;
    }

    private PersonIds ids() {
        return new PersonIds(handle);
    }

    /** Where what happens in these stores is counted. */
    public Tally tally() {
        return tally;
    }

    public UserStore users() {
        return new UserStore(handle);
    }

    public AimStore aims() {
        return new AimStore(handle, ids());
    }

    public StepStore steps() {
        return new StepStore(handle, dialect, ids());
    }

    public CheckInStore checkIns() {
        return new CheckInStore(handle, ids());
    }

    public ReadinessStore readiness() {
        return new ReadinessStore(handle);
    }

    public ChoiceStore choices() {
        return new ChoiceStore(handle, ids());
    }

    public ProgressStore progress() {
        return new ProgressStore(handle);
    }

    public TodayStore today() {
        return new TodayStore(handle);
    }

    public SignInStore signIns() {
        return new SignInStore(handle);
    }

    public DailySessionStore dailySessions() {
        return new DailySessionStore(handle);
    }

    public JournalStore journal() {
        return new JournalStore(handle, ids());
    }

    public ObstacleStore obstacles() {
        return new ObstacleStore(handle, ids());
    }

    public ExperimentStore experiments() {
        return new ExperimentStore(handle, ids());
    }

    public PushStore push() {
        return new PushStore(handle);
    }

    public RecoveryStore recovery() {
        return new RecoveryStore(handle, ids());
    }

    public SlipStore slips() {
        return new SlipStore(handle, ids());
    }

    public SafetyStore safety() {
        return new SafetyStore(handle, ids());
    }

    public LoopStore loop() {
        return new LoopStore(handle);
    }

    public TokenStore tokens() {
        return new TokenStore(handle, ids());
    }

    public ExchangeStore exchange() {
        return new ExchangeStore(handle, ids());
    }

    public IdempotencyStore idempotency() {
        return new IdempotencyStore(handle);
    }

    public ReminderStore reminders() {
        return new ReminderStore(handle);
    }

    public RateLimitStore rateLimits() {
        return new RateLimitStore(handle);
    }

    /** Every step of a person with its check-ins: what the session and the practices read. */
    public List<StepHistory> histories(long userId) {
        Map<Long, List<CheckIn>> byStep = checkIns().byStep(userId);
        return steps().list(userId).stream()
                .map(step -> new StepHistory(step, byStep.getOrDefault(step.id(), List.of())))
                .toList();
    }

    /**
     * A step's kept progress rebuilt from its whole history: check-ins, choices and each day's
     * readiness, replayed in day order; readiness from a few days before the step began, so a crisis
     * holds a step made during its 72 hours too.
     */
    public StepProgress replay(Engine engine, long userId, Step step) {
        return replayed(engine, userId, step).progress();
    }

    /** Replays the step and keeps the result, with what came before its last day; returns the progress. */
    public StepProgress keepReplayed(Engine engine, long userId, Step step, Instant now) {
        KeptProgress kept = replayed(engine, userId, step).kept();
        progress().keep(userId, step.id(), kept, now);
        return kept.latest();
    }

    /** The same replay, keeping each check-in's day as the engine read it: what the pictures of progress draw. */
    public Replay replayed(Engine engine, long userId, Step step) {
        LocalDate from = step.startDay().minusDays(EngineState.CRISIS_DAYS - 1L);
        tally.replayed();
        return StepProgress.replayDays(engine, step, checkIns().history(userId, step.id()),
                choices().history(userId, step.id()), readiness().since(userId, from));
    }
}
