package coach.kaizen.app.db;

import coach.kaizen.core.recovery.DailyCost;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Recovery actions and urges, and what a day of the old habit cost, by aim; every query is scoped by the person's user id. Nothing here is ever reset. */
public final class RecoveryStore {

    private static final String ACTION_COLUMNS = "id, aim_id, day, kind, text";
    private static final String URGE_COLUMNS = "id, aim_id, day, intensity, trigger, place, helped, passed";

    private final Handle handle;
    private final PersonIds ids;

    RecoveryStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    public RecoveryAction addAction(long userId, RecoveryAction action, Instant now) {
        return handle.createQuery("INSERT INTO recovery_actions (user_id, id, aim_id, day, kind, text, created_at) "
                        + "VALUES (:userId, :id, :aimId, :day, :kind, :text, :now) RETURNING " + ACTION_COLUMNS)
                .bind("userId", userId)
                .bind("id", ids.next("recovery_actions", userId))
                .bind("aimId", action.aimId())
                .bind("day", action.day())
                .bind("kind", action.kind())
                .bind("text", action.text())
                .bind("now", now)
                .map((rs, ctx) -> action(rs))
                .one();
    }

    /** The aim's actions, oldest first. */
    public List<RecoveryAction> actions(long userId, long aimId) {
        return handle.createQuery("SELECT " + ACTION_COLUMNS
                        + " FROM recovery_actions WHERE user_id = :userId AND aim_id = :aimId ORDER BY day, id")
                .bind("userId", userId)
                .bind("aimId", aimId)
                .map((rs, ctx) -> action(rs))
                .list();
    }

    public Urge addUrge(long userId, long aimId, LocalDate day, UrgeDraft said, Instant now) {
        return handle.createQuery("INSERT INTO urges (user_id, id, aim_id, day, intensity, trigger, place, helped, passed, "
                        + "created_at) VALUES (:userId, :id, :aimId, :day, :intensity, :trigger, :place, :helped, :passed, "
                        + ":now) RETURNING " + URGE_COLUMNS)
                .bind("userId", userId)
                .bind("id", ids.next("urges", userId))
                .bind("aimId", aimId)
                .bind("day", day)
                .bind("intensity", said.intensity())
                .bind("trigger", said.trigger())
                .bind("place", said.place())
                .bind("helped", said.helped())
                .bind("passed", said.passed())
                .bind("now", now)
                .map((rs, ctx) -> urge(rs))
                .one();
    }

    /** The aim's urges, oldest first. */
    public List<Urge> urges(long userId, long aimId) {
        return handle.createQuery("SELECT " + URGE_COLUMNS
                        + " FROM urges WHERE user_id = :userId AND aim_id = :aimId ORDER BY day, id")
                .bind("userId", userId)
                .bind("aimId", aimId)
                .map((rs, ctx) -> urge(rs))
                .list();
    }

    /** What a day of the old habit cost, when the person said it. */
    public Optional<DailyCost> dailyCost(long userId, long aimId) {
        return handle.createQuery("SELECT money_per_day, currency, minutes_per_day FROM not_spent "
                        + "WHERE user_id = :userId AND aim_id = :aimId")
                .bind("userId", userId)
                .bind("aimId", aimId)
                .map((rs, ctx) -> new DailyCost(rs.getBigDecimal("money_per_day"), rs.getString("currency"),
                        Columns.integer(rs, "minutes_per_day")))
                .findOne();
    }

    /** Keeps what a day cost, replacing what was said before; an empty cost forgets it. */
    public void saveDailyCost(long userId, long aimId, DailyCost cost, Instant now) {
        if (cost.isEmpty()) {
            handle.createUpdate("DELETE FROM not_spent WHERE user_id = :userId AND aim_id = :aimId")
                    .bind("userId", userId)
                    .bind("aimId", aimId)
                    .execute();
            return;
        }
        handle.createUpdate("""
                        INSERT INTO not_spent (user_id, aim_id, money_per_day, currency, minutes_per_day, updated_at)
                        VALUES (:userId, :aimId, :money, :currency, :minutes, :now)
                        ON CONFLICT (user_id, aim_id) DO UPDATE SET money_per_day = excluded.money_per_day,
                            currency = excluded.currency, minutes_per_day = excluded.minutes_per_day,
                            updated_at = excluded.updated_at""")
                .bind("userId", userId)
                .bind("aimId", aimId)
                .bind("money", cost.money())
                .bind("currency", cost.currency())
                .bind("minutes", cost.minutes())
                .bind("now", now)
                .execute();
    }

    private static RecoveryAction action(ResultSet rs) throws SQLException {
        return new RecoveryAction(rs.getLong("id"), rs.getLong("aim_id"), Columns.day(rs, "day"),
                Columns.enumOf(rs, "kind", RecoveryActionKind.class), rs.getString("text"));
    }

    private static Urge urge(ResultSet rs) throws SQLException {
        return new Urge(rs.getLong("id"), rs.getLong("aim_id"), Columns.day(rs, "day"),
                new UrgeDraft(rs.getInt("intensity"), rs.getString("trigger"), rs.getString("place"),
                        rs.getString("helped"), rs.getBoolean("passed")));
    }
}
