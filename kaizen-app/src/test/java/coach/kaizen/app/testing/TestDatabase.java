package coach.kaizen.app.testing;

import coach.kaizen.app.db.Database;

/** A migrated test database and what to undo when a test is done with it. */
public record TestDatabase(Database database, Runnable cleanup) implements AutoCloseable {

    @Override
    public void close() {
        database.close();
        cleanup.run();
    }
}
