package coach.kaizen.app.db;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * SQLite's writes, on one connection and one thread. SQLite lets one transaction write at a time
 * and makes each commit wait for the disk, so writes queue here instead of polling the file's
 * lock: the writes that arrive while a commit is on its way to the disk are gathered and run in
 * the next transaction, each in a savepoint of its own, so one refused write (a refusal of the
 * service, a constraint) is undone alone and its caller gets its own exception. Every caller is
 * answered only once the shared commit is on disk. A write that starts another from inside joins
 * the transaction it runs in, in a savepoint within its own.
 */
final class GroupCommit implements Writer {

    /** The most writes one commit takes, so the first of them never waits on a long line behind it. */
    private static final int MOST_GATHERED = 128;
    /** Put last in the line by {@link #close()}: the writer answers what came before, then stops. */
    private static final Write<Void> STOP = new Write<>(handle -> null);

    private final Jdbi jdbi;
    private final BlockingQueue<Write<?>> waiting = new LinkedBlockingQueue<>();
    private final Thread thread;
    private boolean closed;
    /** The writer's connection, opened at its first write and again after a commit that did not go through. */
    private Handle handle;
    /** Set by {@link #renew()}: the writer opens a new connection before its next commit. */
    private volatile boolean renewing;
    /** How many savepoints are open now, so each has a name of its own. */
    private int depth;

    GroupCommit(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.thread = new Thread(this::serve, "kaizen-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public <T> T inTransaction(Function<Handle, T> work) {
        if (Thread.currentThread() == thread) {
            return inSavepoint(work);
        }
        Write<T> write = new Write<>(work);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the database is closed");
            }
            waiting.add(write);
        }
        return write.answer();
    }

    @Override
    public void renew() {
        renewing = true;
    }

    @Override
    public Optional<Handle> heldHere() {
        return Thread.currentThread() == thread ? Optional.of(handle) : Optional.empty();
    }

    /** Answers every write already in line, then closes the connection. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.add(STOP);
        }
        waitThrough(thread::join);
    }

    /** Something to wait for that an interrupt could cut short. */
    private interface Wait {
        void await() throws InterruptedException;
    }

    /** Waits until {@code wait} is over even when interrupted meanwhile, and keeps the interrupt for later. */
    private static void waitThrough(Wait wait) {
        boolean interrupted = false;
        while (true) {
            try {
                wait.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve() {
        List<Write<?>> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            batch.add(next());
            waiting.drainTo(batch, MOST_GATHERED - 1);
            stopping = batch.remove(STOP);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
        }
        forgetConnection();
    }

    private Write<?> next() {
        while (true) {
            try {
                return waiting.take();
            } catch (InterruptedException e) {
                // Nobody interrupts the writer but the JVM on its way out; it stops by STOP alone.
            }
        }
    }

    /** One transaction for the whole batch; each write answered once it is on disk, or why not. */
    private void commit(List<Write<?>> batch) {
        try {
            if (renewing) {
                renewing = false;
                forgetConnection();
            }
            if (handle == null) {
                handle = jdbi.open();
            }
            execute("BEGIN IMMEDIATE");
            for (Write<?> write : batch) {
                write.run(this);
            }
            execute("COMMIT");
        } catch (RuntimeException | Error e) {
            // Closing the connection ends whatever is left of the transaction: none of the batch is saved.
            forgetConnection();
            batch.forEach(write -> write.lost(e));
        }
        batch.forEach(Write::answered);
    }

    /** Runs {@code work} in a savepoint: kept if it returns, undone alone if it throws. */
    private <T> T inSavepoint(Function<Handle, T> work) {
        String savepoint = "write" + depth++;
        try {
            execute("SAVEPOINT " + savepoint);
            T done = work.apply(handle);
            execute("RELEASE " + savepoint);
            return done;
        } catch (TransactionLost e) {
            throw e;
        } catch (RuntimeException | Error e) {
            undo(savepoint, e);
            throw e;
        } finally {
            depth--;
        }
    }

    /** Back to {@code savepoint}; when SQLite has ended the whole transaction instead (a full disk can), the batch is lost. */
    private void undo(String savepoint, Throwable why) {
        try {
            execute("ROLLBACK TO " + savepoint);
            execute("RELEASE " + savepoint);
        } catch (RuntimeException e) {
            TransactionLost lost = new TransactionLost(why);
            lost.addSuppressed(e);
            throw lost;
        }
    }

    /** Runs {@code sql} outside Jdbi, so the statements counted are the stores' alone. */
    private void execute(String sql) {
        try (Statement statement = handle.getConnection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new TransactionLost(e);
        }
    }

    private void forgetConnection() {
        if (handle != null) {
            try {
                handle.close();
            } catch (RuntimeException e) {
                // A connection that will not close cleanly is dropped all the same; a new one is opened.
            }
            handle = null;
        }
    }

    /** The shared transaction ended without its commit: no write gathered in it was saved. */
    static final class TransactionLost extends RuntimeException {

        TransactionLost(Throwable cause) {
            super("not saved: the transaction it was gathered in did not commit", cause);
        }
    }

    /** One caller's work, and its answer once the commit is done. */
    private static final class Write<T> {

        private final Function<Handle, T> work;
        private final CountDownLatch done = new CountDownLatch(1);
        private T value;
        /** The work's own exception: its savepoint was undone, the others' writes go on. */
        private Throwable refused;
        /** Why the whole transaction was not saved, when it was not. */
        private Throwable lost;

        Write(Function<Handle, T> work) {
            this.work = work;
        }

        void run(GroupCommit writer) {
            try {
                value = writer.inSavepoint(work);
            } catch (TransactionLost e) {
                throw e;
            } catch (RuntimeException | Error e) {
                refused = e;
            }
        }

        void lost(Throwable why) {
            lost = why;
        }

        void answered() {
            done.countDown();
        }

        /** Waits for the commit (a caller interrupted still learns whether its write was saved). */
        T answer() {
            waitThrough(done::await);
            if (refused instanceof RuntimeException e) {
                throw e;
            }
            if (refused instanceof Error e) {
                throw e;
            }
            if (lost != null) {
                throw new TransactionLost(lost);
            }
            return value;
        }
    }
}
