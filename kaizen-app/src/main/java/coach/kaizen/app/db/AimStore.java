package coach.kaizen.app.db;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** A person's aims; every query is scoped by their user id. */
public final class AimStore {

    private static final String COLUMNS = "id, title, kind, identity, counter_from";

    private final Handle handle;
    private final PersonIds ids;

    AimStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    public Aim create(long userId, AimDraft draft, Instant now) {
        return handle.createQuery("""
                        INSERT INTO aims (user_id, id, title, kind, identity, counter_from, created_at)
                        VALUES (:userId, :id, :title, :kind, :identity, :counterFrom, :now)
                        RETURNING\s""" + COLUMNS)
                .bind("userId", userId)
                .bind("id", ids.next("aims", userId))
                .bind("title", draft.title())
                .bind("kind", draft.kind())
                .bind("identity", draft.identity())
                .bind("counterFrom", draft.counterFrom())
                .bind("now", now)
                .map((rs, ctx) -> aim(rs))
                .one();
    }

    public Optional<Aim> find(long userId, long aimId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM aims WHERE id = :aimId AND user_id = :userId")
                .bind("aimId", aimId)
                .bind("userId", userId)
                .map((rs, ctx) -> aim(rs))
                .findOne();
    }

    public List<Aim> list(long userId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM aims WHERE user_id = :userId ORDER BY id")
                .bind("userId", userId)
                .map((rs, ctx) -> aim(rs))
                .list();
    }

    /** Empty when the person has no such aim. */
    public Optional<Aim> update(long userId, long aimId, AimDraft draft) {
        return handle.createQuery("""
                        UPDATE aims SET title = :title, kind = :kind, identity = :identity, counter_from = :counterFrom
                        WHERE id = :aimId AND user_id = :userId
                        RETURNING\s""" + COLUMNS)
                .bind("aimId", aimId)
                .bind("userId", userId)
                .bind("title", draft.title())
                .bind("kind", draft.kind())
                .bind("identity", draft.identity())
                .bind("counterFrom", draft.counterFrom())
                .map((rs, ctx) -> aim(rs))
                .findOne();
    }

    /**
     * Deletes the aim with its steps and their check-ins; false when the person has no such aim. The journal's
     * answers about it stay, about no aim: their key to the aim holds user_id, which ON DELETE SET NULL would clear.
     */
    public boolean delete(long userId, long aimId) {
        handle.createUpdate("UPDATE journal_entries SET aim_id = NULL WHERE user_id = :userId AND aim_id = :aimId")
                .bind("userId", userId)
                .bind("aimId", aimId)
                .execute();
        return handle.createUpdate("DELETE FROM aims WHERE id = :aimId AND user_id = :userId")
                .bind("aimId", aimId)
                .bind("userId", userId)
                .execute() == 1;
    }

    private static Aim aim(ResultSet rs) throws SQLException {
        return new Aim(rs.getLong("id"), rs.getString("title"), Columns.enumOf(rs, "kind", AimKind.class),
                rs.getString("identity"), Columns.day(rs, "counter_from"));
    }
}
