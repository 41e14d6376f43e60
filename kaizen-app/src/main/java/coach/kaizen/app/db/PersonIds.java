package coach.kaizen.app.db;

import org.jdbi.v3.core.Handle;

/**
 * Ids of a person's rows. A row is known by (user_id, id), so its id need only be new among its
 * person's rows of that table. No sequence is shared by everyone, so all of a person's rows can live
 * on one shard (docs/scale-out.md), and ids stay small numbers, safe in JSON.
 *
 * <p>The last id given out is counted per person and table in person_ids, so a deleted row's id is
 * never given again (a page or a queued request that names it never reaches a newer row). Counting
 * is one upsert, and the upsert is what keeps two transactions from taking the same id: SQLite has
 * one writer; on PostgreSQL the second waits for the first's counter row and then counts on from it.
 */
final class PersonIds {

    private final Handle handle;

    PersonIds(Handle handle) {
        this.handle = handle;
    }

    /** A new id for the person's next row in {@code table}, for an insert in this same transaction. */
    long next(String table, long userId) {
        return reserve(table, userId, 1);
    }

    /** The first of {@code count} new ids, one after another, for the person's next rows in {@code table}. */
    long reserve(String table, long userId, int count) {
        // A first count starts from the person's highest id: rows made before the counter was.
        long last = handle.createQuery("""
                        INSERT INTO person_ids (user_id, of_table, last_id)
                        VALUES (:userId, :table, (SELECT COALESCE(MAX(id), 0) FROM\s""" + table + """
                         WHERE user_id = :userId) + :count)
                        ON CONFLICT (user_id, of_table) DO UPDATE SET last_id = person_ids.last_id + :count
                        RETURNING last_id""")
                .bind("userId", userId)
                .bind("table", table)
                .bind("count", count)
                .mapTo(Long.class)
                .one();
        return last - count + 1;
    }
}
