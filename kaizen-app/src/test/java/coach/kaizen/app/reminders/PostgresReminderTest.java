package coach.kaizen.app.reminders;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;

@RequiresPostgres
class PostgresReminderTest extends ReminderContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
