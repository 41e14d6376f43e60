package coach.kaizen.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The installation's VAPID key pair on PostgreSQL: instances that start together end with one, and all sign with it. */
@RequiresPostgres
class PostgresPushKeyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void twoInstancesStartingTogetherEndWithOneKeyPair() throws Exception {
        TestClock clock = new TestClock(NOW);
        try (TestDatabase test = TestDatabases.postgres()) {
            List<App> apps = together(2, () -> start(test, clock));
            try {
                assertThat(test.count("push_keys")).isEqualTo(1);
                assertThat(apps.get(0).services().push().publicKey())
                        .isEqualTo(apps.get(1).services().push().publicKey());
            } finally {
                apps.forEach(App::close);
            }
        }
    }

    /** Many services making the key at the same moment on a fresh database: one is kept, and every one reads it. */
    @Test
    void servicesRacingToMakeTheKeyAllReadTheWinner() throws Exception {
        try (TestDatabase test = TestDatabases.postgres()) {
            PersonalClock clock = new PersonalClock(new TestClock(NOW));
            List<String> keys = together(8, () -> new PushService(test.database(), clock, Destinations.INTERNET).publicKey());
            assertThat(keys).containsOnly(keys.get(0));
            assertThat(test.count("push_keys")).isEqualTo(1);
        }
    }

    /** Runs {@code work} on {@code count} threads let go at one moment; what each made. */
    private static <T> List<T> together(int count, Callable<T> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                made.add(threads.submit(() -> {
                    go.await();
                    return work.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> one : made) {
                results.add(one.get());
            }
            return results;
        } finally {
            threads.shutdown();
        }
    }

    private static App start(TestDatabase test, TestClock clock) {
        Map<String, String> env = new HashMap<>(System.getenv());
        return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", null, test.url()), env), clock);
    }
}
