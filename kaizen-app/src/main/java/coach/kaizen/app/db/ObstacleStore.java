package coach.kaizen.app.db;

import coach.kaizen.core.obstacle.Obstacle;
import coach.kaizen.core.obstacle.ObstacleStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Each aim's obstacles; every query is scoped by the person's user id. */
public final class ObstacleStore {

    private static final String COLUMNS = "id, aim_id, text, status, added_on, focus_since, removed_on";

    private final Handle handle;
    private final PersonIds ids;

    ObstacleStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    public Obstacle add(long userId, long aimId, String text, LocalDate today) {
        return handle.createQuery("INSERT INTO obstacles (user_id, id, aim_id, text, status, added_on) "
                        + "VALUES (:userId, :id, :aimId, :text, 'WAITING', :today) RETURNING " + COLUMNS)
                .bind("userId", userId)
                .bind("id", ids.next("obstacles", userId))
                .bind("aimId", aimId)
                .bind("text", text)
                .bind("today", today)
                .map((rs, ctx) -> obstacle(rs))
                .one();
    }

    public Optional<Obstacle> find(long userId, long obstacleId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM obstacles WHERE user_id = :userId AND id = :id")
                .bind("userId", userId)
                .bind("id", obstacleId)
                .map((rs, ctx) -> obstacle(rs))
                .findOne();
    }

    /** The person's obstacles, by aim, oldest first. */
    public List<Obstacle> list(long userId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM obstacles WHERE user_id = :userId ORDER BY aim_id, id")
                .bind("userId", userId)
                .map((rs, ctx) -> obstacle(rs))
                .list();
    }

    /** Brings one obstacle into focus; the aim's obstacle in focus before it goes back to waiting. */
    public void focus(long userId, Obstacle obstacle, LocalDate today) {
        handle.createUpdate("""
                        UPDATE obstacles SET status = 'WAITING', focus_since = NULL
                        WHERE user_id = :userId AND aim_id = :aimId AND status = 'IN_FOCUS'""")
                .bind("userId", userId)
                .bind("aimId", obstacle.aimId())
                .execute();
        setStatus(userId, obstacle.id(), ObstacleStatus.IN_FOCUS, today);
    }

    public void remove(long userId, long obstacleId, LocalDate today) {
        setStatus(userId, obstacleId, ObstacleStatus.REMOVED, today);
    }

    private void setStatus(long userId, long obstacleId, ObstacleStatus status, LocalDate today) {
        handle.createUpdate("""
                        UPDATE obstacles SET status = :status,
                            focus_since = CASE WHEN :status = 'IN_FOCUS' THEN :today ELSE focus_since END,
                            removed_on = CASE WHEN :status = 'REMOVED' THEN :today ELSE NULL END
                        WHERE user_id = :userId AND id = :id""")
                .bind("userId", userId)
                .bind("id", obstacleId)
                .bind("status", status)
                .bind("today", today)
                .execute();
    }

    private static Obstacle obstacle(ResultSet rs) throws SQLException {
        return new Obstacle(rs.getLong("id"), rs.getLong("aim_id"), rs.getString("text"),
                Columns.enumOf(rs, "status", ObstacleStatus.class), Columns.day(rs, "added_on"),
                Columns.day(rs, "focus_since"), Columns.day(rs, "removed_on"));
    }
}
