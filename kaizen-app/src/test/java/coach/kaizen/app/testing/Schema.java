package coach.kaizen.app.testing;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** The schema version this build migrates to, read from its own migrations, so a new one needs no test edits. */
public final class Schema {

    /** The highest migration of the SQLite folder (PostgreSQL's folder has the same numbers). */
    public static final int LATEST = latest();

    private Schema() {
    }

    private static int latest() {
        MigrationInfo[] all = Flyway.configure()
                .dataSource("jdbc:sqlite::memory:", null, null)
                .locations("classpath:db/migration/sqlite")
                .load().info().all();
        return Arrays.stream(all).mapToInt(info -> Integer.parseInt(info.getVersion().getVersion())).max().orElseThrow();
    }
}
