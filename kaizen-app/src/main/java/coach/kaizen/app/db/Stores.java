package coach.kaizen.app.db;

import org.jdbi.v3.core.Handle;

/** The stores, bound to one connection (and, in {@link Database#transaction}, one transaction). */
public final class Stores {

    private final Handle handle;
    private final Dialect dialect;

    Stores(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    public UserStore users() {
        return new UserStore(handle);
    }

    public AimStore aims() {
        return new AimStore(handle);
    }

    public StepStore steps() {
        return new StepStore(handle, dialect);
    }

    public CheckInStore checkIns() {
        return new CheckInStore(handle);
    }

    public ReadinessStore readiness() {
        return new ReadinessStore(handle);
    }

    public ChoiceStore choices() {
        return new ChoiceStore(handle);
    }

    public ProgressStore progress() {
        return new ProgressStore(handle);
    }

    public TodayStore today() {
        return new TodayStore(handle);
    }

    public SessionStore sessions() {
        return new SessionStore(handle);
    }

    public DailySessionStore dailySessions() {
        return new DailySessionStore(handle);
    }

    public JournalStore journal() {
        return new JournalStore(handle);
    }

    public ObstacleStore obstacles() {
        return new ObstacleStore(handle);
    }

    public ExperimentStore experiments() {
        return new ExperimentStore(handle);
    }

    public RecoveryStore recovery() {
        return new RecoveryStore(handle);
    }

    public SlipStore slips() {
        return new SlipStore(handle);
    }

    public SafetyStore safety() {
        return new SafetyStore(handle);
    }

    public TokenStore tokens() {
        return new TokenStore(handle);
    }
}
