package coach.kaizen.app.db;

import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteCounterFloorTest extends CounterFloorContract {

    @TempDir
    Path folder;

    @Override
    protected TestDatabase openAt(String version) {
        return TestDatabases.sqliteAt(folder.resolve("counters"), version);
    }

    /** The year the API once took, as SQLite kept it: text. */
    @Override
    protected String ancientDay() {
        return "-999999999-01-01";
    }
}
