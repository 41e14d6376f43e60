package coach.kaizen.app.db;

import coach.kaizen.core.recovery.Slip;
import coach.kaizen.core.recovery.SlipDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Slips on recovery aims; every query is scoped by the person's user id. */
public final class SlipStore {

    private static final String COLUMNS = "id, aim_id, day, place, happening, feeling, next_time, confidence";

    private final Handle handle;
    private final PersonIds ids;

    SlipStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    public Slip add(long userId, long aimId, SlipDraft said, Instant now) {
        return handle.createQuery("INSERT INTO slips (user_id, id, aim_id, day, place, happening, feeling, next_time, "
                        + "created_at) VALUES (:userId, :id, :aimId, :day, :place, :happening, :feeling, :nextTime, :now) "
                        + "RETURNING " + COLUMNS)
                .bind("userId", userId)
                .bind("id", ids.next("slips", userId))
                .bind("aimId", aimId)
                .bind("day", said.day())
                .bind("place", said.place())
                .bind("happening", said.happening())
                .bind("feeling", said.feeling())
                .bind("nextTime", said.nextTime())
                .bind("now", now)
                .map((rs, ctx) -> slip(rs))
                .one();
    }

    public Optional<Slip> find(long userId, long slipId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM slips WHERE user_id = :userId AND id = :id")
                .bind("userId", userId)
                .bind("id", slipId)
                .map((rs, ctx) -> slip(rs))
                .findOne();
    }

    /** The aim's slips, oldest first. */
    public List<Slip> forAim(long userId, long aimId) {
        return handle.createQuery("SELECT " + COLUMNS
                        + " FROM slips WHERE user_id = :userId AND aim_id = :aimId ORDER BY day, id")
                .bind("userId", userId)
                .bind("aimId", aimId)
                .map((rs, ctx) -> slip(rs))
                .list();
    }

    public void setConfidence(long userId, long slipId, int confidence) {
        handle.createUpdate("UPDATE slips SET confidence = :confidence WHERE user_id = :userId AND id = :id")
                .bind("userId", userId)
                .bind("id", slipId)
                .bind("confidence", confidence)
                .execute();
    }

    private static Slip slip(ResultSet rs) throws SQLException {
        return new Slip(rs.getLong("id"), rs.getLong("aim_id"), new SlipDraft(Columns.day(rs, "day"),
                rs.getString("place"), rs.getString("happening"), rs.getString("feeling"), rs.getString("next_time")),
                Columns.integer(rs, "confidence"));
    }
}
