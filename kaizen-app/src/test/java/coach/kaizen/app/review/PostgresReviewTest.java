package coach.kaizen.app.review;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;

@RequiresPostgres
class PostgresReviewTest extends ReviewContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
