package coach.kaizen.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.core.person.Person;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteException;

/**
 * SQLite's one writer: writes that arrive while it is busy are gathered into one transaction, each
 * in a savepoint of its own, and answered once that transaction is committed.
 */
class GroupCommitTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path folder;

    private TestDatabase test;
    private Database db;

    @BeforeEach
    void open() {
        test = TestDatabases.sqlite(folder);
        db = test.database();
        db.writing(handle -> handle.execute("CREATE TABLE notes (text TEXT NOT NULL UNIQUE)"));
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void writesArrivingDuringACommitAreGatheredAndARefusedOneIsUndoneAloneWithItsOwnException() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Caller<Integer> first = Caller.start(() -> db.writing(handle -> {
            holding.countDown();
            awaitQuietly(release);
            return note(handle, "first");
        }));
        holding.await();
        // The writer is busy with the first; these wait in line, in this order.
        Caller<Integer> walk = Caller.waiting(() -> db.writing(handle -> note(handle, "walk")));
        Caller<Integer> twice = Caller.waiting(() -> db.writing(handle -> note(handle, "first")));
        Caller<Integer> refused = Caller.waiting(() -> db.writing(handle -> {
            note(handle, "read");
            throw new IllegalArgumentException("this one's own refusal");
        }));
        Caller<List<Long>> last = Caller.waiting(() -> db.writing(handle -> {
            note(handle, "stretch");
            return List.of(count(handle), test.count("notes"));
        }));
        release.countDown();

        assertThat(first.answer()).isEqualTo(1);
        assertThat(walk.answer()).isEqualTo(1);
        assertThat(twice.failure()).isInstanceOf(UnableToExecuteStatementException.class)
                .hasCauseInstanceOf(SQLiteException.class).hasMessageContaining("UNIQUE");
        assertThat(refused.failure()).isInstanceOf(IllegalArgumentException.class).hasMessage("this one's own refusal");
        // The last saw, on the writer's connection, "first", "walk" and its own note; another connection only "first":
        // the three were one transaction not yet committed.
        assertThat(last.answer()).containsExactly(3L, 1L);
        assertThat(db.writing((Handle handle) -> handle.createQuery("SELECT text FROM notes ORDER BY rowid").mapTo(String.class)
                .list())).containsExactly("first", "walk", "stretch");
    }

    @Test
    void aWriteStartedInsideAnotherJoinsItAndARefusalInsideIsUndoneAlone() {
        List<String> seen = db.writing(handle -> {
            note(handle, "outer");
            assertThatThrownBy(() -> db.writing(inner -> {
                note(inner, "inner, refused");
                throw new IllegalStateException("refused inside");
            })).hasMessage("refused inside");
            db.writing(inner -> note(inner, "inner, kept"));
            return handle.createQuery("SELECT text FROM notes ORDER BY rowid").mapTo(String.class).list();
        });

        assertThat(seen).containsExactly("outer", "inner, kept");
        assertThat(test.count("notes")).isEqualTo(2);
    }

    @Test
    void aReadInsideAWriteSeesWhatTheWriteHasDoneSoFar() {
        Person found = db.transaction(stores -> {
            Person ana = stores.users().create(Person.newcomer("ana", ZoneId.of("UTC"), 0), "hash", false, NOW)
                    .orElseThrow();
            return db.read(reading -> reading.users().find(ana.id())).orElseThrow();
        });

        assertThat(db.read((Stores stores) -> stores.users().findByUsername("ana"))).contains(found);
    }

    @Test
    void aWriteAfterCloseIsRefusedPlainly() {
        db.close();

        assertThatThrownBy(() -> db.writing(handle -> note(handle, "late"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the database is closed");
    }

    private static int note(Handle handle, String text) {
        return handle.createUpdate("INSERT INTO notes (text) VALUES (:text)").bind("text", text).execute();
    }

    private static long count(Handle handle) {
        return handle.createQuery("SELECT count(*) FROM notes").mapTo(Long.class).one();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A caller on a thread of its own, as a request is. */
    private static final class Caller<T> {

        private final FutureTask<T> task;
        private final Thread thread;

        private Caller(Callable<T> work) {
            this.task = new FutureTask<>(work);
            this.thread = new Thread(task);
            thread.start();
        }

        static <T> Caller<T> start(Callable<T> work) {
            return new Caller<>(work);
        }

        /** Started, and once it returns, waiting in the writer's line for its answer. */
        static <T> Caller<T> waiting(Callable<T> work) throws InterruptedException {
            Caller<T> caller = new Caller<>(work);
            while (!caller.waitsForItsAnswer()) {
                Thread.sleep(1);
            }
            return caller;
        }

        private boolean waitsForItsAnswer() {
            return thread.getState() == Thread.State.WAITING && Arrays.stream(thread.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith(GroupCommit.class.getName())
                            && frame.getMethodName().equals("answer"));
        }

        T answer() throws Exception {
            return task.get();
        }

        Throwable failure() throws InterruptedException {
            try {
                task.get();
                throw new AssertionError("answered, though it was to be refused");
            } catch (ExecutionException e) {
                return e.getCause();
            }
        }
    }

}
