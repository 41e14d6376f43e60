package coach.kaizen.app.db;

import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Recovery actions and urges, by aim; every query is scoped by the person's user id. Nothing here is ever reset. */
public final class RecoveryStore {

    private static final String ACTION_COLUMNS = "id, aim_id, day, kind, text";
    private static final String URGE_COLUMNS = "id, aim_id, day, intensity, trigger, place, helped, passed";

    private final Handle handle;

    RecoveryStore(Handle handle) {
        this.handle = handle;
    }

    public RecoveryAction addAction(long userId, RecoveryAction action, Instant now) {
        return handle.createQuery("INSERT INTO recovery_actions (user_id, aim_id, day, kind, text, created_at) "
                        + "VALUES (:userId, :aimId, :day, :kind, :text, :now) RETURNING " + ACTION_COLUMNS)
                .bind("userId", userId)
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
        return handle.createQuery("INSERT INTO urges (user_id, aim_id, day, intensity, trigger, place, helped, passed, "
                        + "created_at) VALUES (:userId, :aimId, :day, :intensity, :trigger, :place, :helped, :passed, "
                        + ":now) RETURNING " + URGE_COLUMNS)
                .bind("userId", userId)
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
