package coach.kaizen.app.account;

import coach.kaizen.app.App;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two instances of the app over one PostgreSQL database count the same wrong passwords. */
@RequiresPostgres
class PostgresGuessingTest {

    @Test
    void twoInstancesOverOneDatabaseShareTheCount() {
        TestClock clock = new TestClock(GuessingApiTest.NOW);
        try (TestDatabase test = TestDatabases.postgres(); App first = start(test, clock);
                App second = start(test, clock)) {
            first.services().accounts().signUp("ana", GuessingApiTest.PASSWORD, Place.in("UTC"), null);
            GuessingApiTest.sharedCount(new ApiClient(first.url()), new ApiClient(second.url()));
        }
    }

    private static App start(TestDatabase test, TestClock clock) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("KAIZEN_TRUSTED_PROXIES", "127.0.0.1");
        return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", null, test.url()), env), clock);
    }
}
