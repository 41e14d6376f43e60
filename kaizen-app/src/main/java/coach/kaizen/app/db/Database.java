package coach.kaizen.app.db;

import coach.kaizen.app.config.AppConfig;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConfig;

/**
 * The one way into the database: a pool for reads, its migrations, and transactions over the
 * stores. On PostgreSQL the pool runs the transactions too; on SQLite one writer runs them, many
 * to a commit ({@link GroupCommit}).
 */
public final class Database implements AutoCloseable {

    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;
    /** A PostgreSQL that cannot be reached is said so (503) within about this long, never after 30 s. */
    private static final long CONNECTION_TIMEOUT_MILLIS = 2_000;

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;
    private final Writer writer;
    private final String label;
    private final SqliteFiles files;
    private final LongAdder statements = new LongAdder();
    private volatile Tally tally = Tally.NONE;
    /** A write refused for want of room or rights, until a write goes through again: /health reports it. */
    private final AtomicReference<DatabaseTrouble.Kind> refusedWrites = new AtomicReference<>();

    /** With {@code ownWriter}, writes go through one connection of their own, gathered; else through the pool. */
    private Database(HikariDataSource dataSource, Dialect dialect, String label, SqliteFiles files,
            Optional<ConnectionFactory> ownWriter) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.label = label;
        this.files = files;
        this.jdbi = configured(Jdbi.create(dataSource));
        this.writer = ownWriter.<Writer>map(connections -> new GroupCommit(configured(Jdbi.create(connections))))
                .orElseGet(() -> Writer.pooled(jdbi));
    }

    private Jdbi configured(Jdbi made) {
        dialect.configure(made);
        made.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.increment();
            }
        });
        return made;
    }

    public static Database open(AppConfig config) {
        String url = config.jdbcUrl();
        Dialect dialect = Dialect.of(url);
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("kaizen");
        pool.setJdbcUrl(url);
        Optional<ConnectionFactory> ownWriter = Optional.empty();
        if (dialect == Dialect.SQLITE) {
            createFolderFor(config.sqliteFile());
            pool.setDataSourceProperties(sqliteSettings().toProperties());
            pool.setMaximumPoolSize(4);
            ownWriter = Optional.of(() -> DriverManager.getConnection(url, sqliteSettings().toProperties()));
        } else {
            pool.setUsername(config.dbUser());
            pool.setPassword(config.dbPassword());
            pool.setMaximumPoolSize(10);
            pool.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
            pool.setValidationTimeout(CONNECTION_TIMEOUT_MILLIS / 2);
        }
        try {
            return new Database(new HikariDataSource(pool), dialect, config.databaseLabel(),
                    dialect == Dialect.SQLITE ? new SqliteFiles(config.sqliteFile()) : SqliteFiles.NONE, ownWriter);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailable("cannot open the database at " + config.databaseLabel() + ": "
                    + rootMessage(e), e);
        }
    }

    /** WAL for concurrent readers, FULL sync so a saved check-in survives a power cut, foreign keys on. */
    private static SQLiteConfig sqliteSettings() {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
        // The pool's writes (migrations) take the lock up front, never deadlocking on upgrading a read lock.
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return sqlite;
    }

    /** The data folder and the database's files, private to their owner before SQLite opens them. */
    private static void createFolderFor(Path sqliteFile) {
        Path parent = sqliteFile.getParent();
        try {
            PrivateFiles.folder(parent);
            PrivateFiles.file(sqliteFile);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                PrivateFiles.existing(sqliteFile.resolveSibling(sqliteFile.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new DatabaseUnavailable("cannot create the data folder " + parent + ": " + reason(e), e);
        }
    }

    /** Why a file or folder could not be made, in the system's words: some exceptions name only the path. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e instanceof FileSystemException failed && failed.getReason() != null ? failed.getReason()
                : e.getMessage();
    }

    /** Applies any migrations this database lacks; returns the schema version it is now at. */
    public Migrated migrate() {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .load()
                    .migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            return new Migrated(version, result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new DatabaseUnavailable("cannot migrate the database at " + label + ": " + rootMessage(e), e);
        }
    }

    /** The outcome of {@link #migrate()}: the schema version and how many migrations this run applied. */
    public record Migrated(String version, int applied) {
    }

    public Dialect dialect() {
        return dialect;
    }

    public String label() {
        return label;
    }

    /** From now on, counts into {@code tally} what the stores see happen. */
    public void tally(Tally counting) {
        this.tally = counting;
    }

    /** The connection pool's use (active, idle, pending, timeouts) recorded in {@code registry}. */
    public void meterPool(MeterRegistry registry) {
        dataSource.setMetricRegistry(registry);
    }

    /**
     * Runs {@code work} in one transaction: all of it is saved, or none, and it returns once saved.
     * Started from inside another transaction's work, it joins that transaction (on SQLite).
     */
    public <T> T transaction(Function<Stores, T> work) {
        writableAgain();
        AtomicBoolean committing = new AtomicBoolean();
        try {
            T done = writer.inTransaction(handle -> {
                T result = work.apply(stores(handle));
                // The work is done: what fails from here on is the commit, whose fate only the server knows.
                committing.set(true);
                return result;
            });
            refusedWrites.set(null);
            return done;
        } catch (RuntimeException e) {
            throw troubleOr(e, true, committing.get());
        }
    }

    /** Runs read-only {@code work} on one connection; inside a transaction's work, on the transaction's. */
    public <T> T read(Function<Stores, T> work) {
        try {
            Optional<Handle> writing = writer.heldHere();
            return writing.isPresent() ? work.apply(stores(writing.get()))
                    : jdbi.withHandle(handle -> work.apply(stores(handle)));
        } catch (RuntimeException e) {
            throw troubleOr(e, false, false);
        }
    }

    /** For tests in this package that must look at the writing connection itself. */
    <T> T writing(Function<Handle, T> work) {
        return writer.inTransaction(work);
    }

    private Stores stores(Handle handle) {
        return new Stores(handle, dialect, tally);
    }

    /** The database's trouble, named, if that is what {@code e} is; else {@code e} as it came. */
    private RuntimeException troubleOr(RuntimeException e, boolean writing, boolean committing) {
        Optional<DatabaseTrouble.Kind> kind = DatabaseTrouble.of(e, files);
        if (kind.isEmpty()) {
            return e;
        }
        if (writing && kind.get() != DatabaseTrouble.Kind.UNREACHABLE) {
            refusedWrites.set(kind.get());
        }
        if (kind.get() == DatabaseTrouble.Kind.READ_ONLY) {
            // A connection that met a read-only file keeps it so: each is opened afresh, on the file as it is then.
            letGoOfConnections();
        }
        return new DatabaseTrouble(kind.get(), e, committing && kind.get() == DatabaseTrouble.Kind.UNREACHABLE);
    }

    /**
     * Once the files can be written again after writes were refused as read-only, the connections
     * opened meanwhile (read-only, as SQLite opens a file it may not write) are let go: the next write
     * goes through without waiting for an operator or a restart.
     */
    private void writableAgain() {
        if (refusedWrites.get() == DatabaseTrouble.Kind.READ_ONLY && files.writable()
                && refusedWrites.compareAndSet(DatabaseTrouble.Kind.READ_ONLY, null)) {
            letGoOfConnections();
        }
    }

    private void letGoOfConnections() {
        dataSource.getHikariPoolMXBean().softEvictConnections();
        writer.renew();
    }

    /** What keeps this database from serving, as /health says it: unreachable, or its last write refused (full, read-only). */
    public Optional<String> trouble() {
        writableAgain();
        if (!isReachable()) {
            return Optional.of(DatabaseTrouble.Kind.UNREACHABLE.said());
        }
        return Optional.ofNullable(refusedWrites.get()).map(DatabaseTrouble.Kind::said);
    }

    /** For tests in this package that must look at the connection itself. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** How many SQL statements this database has run: the work a page or a check-in costs, countable. */
    public long statementsRun() {
        return statements.sum();
    }

    public boolean isReachable() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writer.close();
        dataSource.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
