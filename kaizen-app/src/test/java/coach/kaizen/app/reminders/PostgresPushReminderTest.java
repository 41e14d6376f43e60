package coach.kaizen.app.reminders;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;

/** Reminders pushed to browsers, end to end, with the app on PostgreSQL. */
@RequiresPostgres
class PostgresPushReminderTest extends PushReminderTest {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
