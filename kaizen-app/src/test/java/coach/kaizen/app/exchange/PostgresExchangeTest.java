package coach.kaizen.app.exchange;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;

@RequiresPostgres
class PostgresExchangeTest extends ExchangeContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
