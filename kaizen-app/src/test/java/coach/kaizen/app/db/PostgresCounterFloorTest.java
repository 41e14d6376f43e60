package coach.kaizen.app.db;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;

@RequiresPostgres
class PostgresCounterFloorTest extends CounterFloorContract {

    @Override
    protected TestDatabase openAt(String version) {
        return TestDatabases.postgresAt(TestDatabases.postgresUrl(), version);
    }

    /** A PostgreSQL date goes back to 4713 BC, no further. */
    @Override
    protected String ancientDay() {
        return "0001-01-01";
    }
}
