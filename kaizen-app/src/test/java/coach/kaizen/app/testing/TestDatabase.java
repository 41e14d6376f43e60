package coach.kaizen.app.testing;

import coach.kaizen.app.db.Database;
import java.util.Properties;

/**
 * A migrated test database, what to undo when a test is done with it, and a plain JDBC door
 * for setting up situations the app itself never creates.
 */
public record TestDatabase(Database database, String url, Properties credentials, Runnable cleanup)
        implements AutoCloseable {

    /** Runs one statement on a connection of its own, outside the app's pool. */
    public void execute(String sql) {
        Jdbc.execute(url, credentials, sql);
    }

    /** The rows in {@code table}, for tests that check nothing was written. */
    public long count(String table) {
        return Jdbc.count(url, credentials, table);
    }

    /** Applies the migrations up to {@code version}, as the release that brought it would have. */
    public void migrateTo(String version) {
        TestDatabases.migrateTo(database.dialect(), url, credentials, version);
    }

    @Override
    public void close() {
        database.close();
        cleanup.run();
    }
}
