package coach.kaizen.app.steps;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;

@RequiresPostgres
class PostgresCheckInServiceTest extends CheckInServiceContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    protected void refuseProgressWrites(TestDatabase test) {
        test.execute("CREATE FUNCTION refuse_progress() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$");
        test.execute("CREATE TRIGGER refuse_progress BEFORE INSERT OR UPDATE ON step_progress "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_progress()");
    }
}
