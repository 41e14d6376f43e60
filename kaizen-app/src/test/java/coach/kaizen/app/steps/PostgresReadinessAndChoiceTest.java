package coach.kaizen.app.steps;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;

@RequiresPostgres
class PostgresReadinessAndChoiceTest extends ReadinessAndChoiceContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
