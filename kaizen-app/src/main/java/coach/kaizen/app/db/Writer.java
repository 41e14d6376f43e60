package coach.kaizen.app.db;

import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * How write transactions reach the database: through the pool on PostgreSQL, which commits many
 * at once by itself; through {@link GroupCommit}'s one writer on SQLite, which takes one at a time.
 */
interface Writer extends AutoCloseable {

    /** Runs {@code work} in a transaction of its own, or none of it: returns once it is saved (on disk). */
    <T> T inTransaction(Function<Handle, T> work);

    /** The handle of the transaction this thread is running, if it runs one: reads inside a write see it. */
    Optional<Handle> heldHere();

    /**
     * Lets go of the connections writes were made on, so the next write opens one afresh on the file
     * as it is then (SQLite keeps a connection opened on a read-only file read-only).
     */
    void renew();

    @Override
    void close();

    /** Each transaction on a connection of the pool, as many side by side as the pool holds. */
    static Writer pooled(Jdbi jdbi) {
        return new Writer() {
            @Override
            public <T> T inTransaction(Function<Handle, T> work) {
                return jdbi.inTransaction(work::apply);
            }

            @Override
            public Optional<Handle> heldHere() {
                return Optional.empty();
            }

            @Override
            public void renew() {
                // The pool's connections are the database's to evict.
            }

            @Override
            public void close() {
                // The pool is the database's to close.
            }
        };
    }
}
