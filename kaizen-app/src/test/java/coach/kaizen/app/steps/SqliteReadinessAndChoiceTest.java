package coach.kaizen.app.steps;

import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteReadinessAndChoiceTest extends ReadinessAndChoiceContract {

    @TempDir
    Path folder;

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.sqlite(folder);
    }
}
