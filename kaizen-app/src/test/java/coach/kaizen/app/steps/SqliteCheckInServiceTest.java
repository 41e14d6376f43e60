package coach.kaizen.app.steps;

import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteCheckInServiceTest extends CheckInServiceContract {

    @TempDir
    Path folder;

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.sqlite(folder);
    }

    @Override
    protected void refuseProgressWrites(TestDatabase test) {
        for (String event : new String[] {"INSERT", "UPDATE"}) {
            test.execute("CREATE TRIGGER refuse_progress_" + event + " BEFORE " + event + " ON step_progress "
                    + "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
        }
    }
}
