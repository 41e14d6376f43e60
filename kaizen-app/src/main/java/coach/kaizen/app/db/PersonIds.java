package coach.kaizen.app.db;

import org.jdbi.v3.core.Handle;

/**
 * Ids of a person's rows. A row is known by (user_id, id), so its id need only be new among its
 * person's rows of that table: it is one more than their highest. No sequence is shared by everyone,
 * so all of a person's rows can live on one shard (docs/scale-out.md), and ids stay small numbers.
 *
 * <p>Two transactions must never pick the same id for one person. On SQLite there is one writer, so
 * they never overlap. On PostgreSQL {@link #next} holds the person's row in users until the
 * transaction ends, so a second transaction of theirs waits there, then sees the first one's rows.
 */
final class PersonIds {

    private final Handle handle;
    private final Dialect dialect;

    PersonIds(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    /**
     * The next id of the person's rows in {@code table}, for an insert in this same transaction; a batch
     * of rows takes the ids that follow it.
     */
    long next(String table, long userId) {
        if (dialect == Dialect.POSTGRESQL) {
            // NO KEY UPDATE: the foreign keys' checks on the row (KEY SHARE) still go through.
            handle.createQuery("SELECT id FROM users WHERE id = :userId FOR NO KEY UPDATE")
                    .bind("userId", userId)
                    .mapTo(Long.class)
                    .findOne();
        }
        return handle.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + " WHERE user_id = :userId")
                .bind("userId", userId)
                .mapTo(Long.class)
                .one();
    }
}
