package coach.kaizen.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.Schema;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {

    @TempDir
    Path folder;

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.sqlite(folder.resolve("not-yet-there"));
    }

    @Test
    void theFileIsCreatedWithWalFullSyncForeignKeysAndPatience() {
        try (TestDatabase test = TestDatabases.sqlite(folder.resolve("fresh"))) {
            assertThat(Files.exists(folder.resolve("fresh").resolve("kaizen.db"))).isTrue();
            // The pool's connections (reads, migrations) and the writer's own.
            test.database().jdbi().useHandle(SqliteStoreTest::isWalFullSyncForeignKeysAndPatient);
            test.database().writing(handle -> {
                isWalFullSyncForeignKeysAndPatient(handle);
                return null;
            });
        }
    }

    private static void isWalFullSyncForeignKeysAndPatient(Handle handle) {
        assertThat(handle.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualTo("wal");
        assertThat(handle.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(2);
        assertThat(handle.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
        assertThat(handle.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isEqualTo(10_000);
    }

    @Test
    void migratingTwiceAppliesNothingTheSecondTime() {
        try (TestDatabase test = TestDatabases.sqlite(folder.resolve("twice"))) {
            Database.Migrated again = test.database().migrate();
            assertThat(again.applied()).isZero();
            assertThat(again.version()).isEqualTo(String.valueOf(Schema.LATEST));
        }
    }
}
