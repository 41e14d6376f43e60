package coach.kaizen.app.review;

import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteReviewTest extends ReviewContract {

    @TempDir
    Path folder;

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.sqlite(folder);
    }
}
