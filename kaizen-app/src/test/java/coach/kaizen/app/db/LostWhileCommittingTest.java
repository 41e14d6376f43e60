package coach.kaizen.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TcpProxy;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.core.person.Person;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL lost between a request's work and its commit: whether the server saved it, the app cannot
 * know, so it does not say "not saved"; lost before the work is done, it was not saved, and it says so.
 */
@RequiresPostgres
class LostWhileCommittingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void aCommitTheDatabaseWasLostInIsUnsureAndWorkCutShortIsNotSaved() {
        URI server = URI.create(TestDatabases.postgresUrl().substring("jdbc:".length()));
        try (TcpProxy proxy = TcpProxy.to(server.getHost(), server.getPort());
                TestDatabase test = TestDatabases.postgres(TestDatabases.postgresUrl()
                        .replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port()))) {
            Database database = test.database();

            DatabaseTrouble atCommit = catchThrowableOfType(DatabaseTrouble.class, () -> database.transaction(stores -> {
                stores.users().create(Person.newcomer("ana", ZoneId.of("UTC"), 0), null, false, NOW);
                proxy.cut();
                return null;
            }));
            assertThat(atCommit.reason()).isEqualTo("unreachable");
            assertThat(atCommit.unsure()).as("lost while committing").isTrue();

            proxy.restore();
            DatabaseTrouble inTheWork = catchThrowableOfType(DatabaseTrouble.class, () -> database.transaction(stores -> {
                proxy.cut();
                return stores.users().create(Person.newcomer("ben", ZoneId.of("UTC"), 0), null, false, NOW);
            }));
            assertThat(inTheWork.reason()).isEqualTo("unreachable");
            assertThat(inTheWork.unsure()).as("lost before the work was done: not saved").isFalse();
            proxy.restore();
            assertThat(test.count("users")).as("ana's commit never reached the server; ben's work was cut short")
                    .isZero();
        }
    }
}
