package coach.kaizen.app.db;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.core.text.Refused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Backups of the SQLite database, and their way back. A backup is SQLite's {@code VACUUM INTO}:
 * one read transaction, so it is a consistent copy while the server goes on writing (WAL lets
 * writers carry on beside a reader). Every file is written beside its place and then moved
 * there, so a half-written file never bears the real name.
 */
public final class SqliteBackup {

    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal");

    private SqliteBackup() {
    }

    /** A backup written: where, how many bytes, at which schema version. */
    public record Written(Path file, long bytes, String version) {
    }

    /** A restore done: the backup's schema version, the version it was migrated to, and where the old database went (null if none). */
    public record Restored(String fromVersion, String version, Path keptAside) {
    }

    /** Copies the live {@code database} to {@code target}, replacing a file there only if asked. */
    public static Written backUp(Path database, Path target, boolean replace) {
        if (!Files.isRegularFile(database)) {
            throw new Refused("cli.backup.problem.noDatabase", database.toString());
        }
        if (Files.exists(target)) {
            if (isSameFile(target, database)) {
                throw new Refused("cli.backup.problem.itself", target.toString());
            }
            if (!replace) {
                throw new Refused("cli.backup.problem.exists", target.toString());
            }
        }
        Path beside = beside(target, ".partial");
        try {
            copy(writable(database, BUSY_TIMEOUT_MILLIS), beside);
            String version = KaizenFile.check(beside);
            long bytes = Files.size(beside);
            PrivateFiles.written(beside);
            Path written = replace
                    ? Files.move(beside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING)
                    : Files.move(beside, target, StandardCopyOption.ATOMIC_MOVE);
            return new Written(written.toAbsolutePath(), bytes, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteIfThere(beside);
        }
    }

    /**
     * Puts {@code backup} in the place of {@code database}, once it has passed {@link KaizenFile#check}
     * and while no server holds the database: the backup is copied beside the database and
     * migrated there, the database is kept aside as a dated copy, and the copy moved into place.
     */
    public static Restored restore(Path backup, Path database, Instant now) {
        String fromVersion = KaizenFile.check(backup);
        try (SqliteLock alone = SqliteLock.alone(database).orElseThrow(() -> inUse(database))) {
            Path beside = beside(database, ".restoring");
            try {
                copy(KaizenFile.readOnly(backup), beside);
                String version = migrate(beside);
                Path aside = Files.exists(database) ? keepAside(database, now) : null;
                // Nothing of the old file may stay beside the new one: SQLite would read an old WAL into it.
                for (String sidecar : SIDECARS) {
                    deleteIfThere(database.resolveSibling(database.getFileName() + sidecar));
                }
                Files.move(beside, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return new Restored(fromVersion, version, aside);
            } finally {
                deleteIfThere(beside);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String migrate(Path file) {
        AppConfig config = AppConfig.resolve(new AppConfig.Flags(null, null, null, "jdbc:sqlite:" + file), Map.of());
        String version;
        try (Database database = Database.open(config)) {
            version = database.migrate().version();
        }
        toOneFile(file, () -> new Refused("cli.restore.problem.inUse", file.toString()));
        return version;
    }

    /** Copies the database away under a dated name, whole (its WAL folded in first). */
    private static Path keepAside(Path database, Instant now) throws IOException {
        toOneFile(database, () -> inUse(database));
        String name = database.getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        Path aside = database.resolveSibling(stem + "-before-restore-" + ASIDE_STAMP.format(now) + ".db");
        return Files.copy(database, aside, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /**
     * Leaves WAL mode, which folds the WAL into the file and removes it; SQLite allows that only
     * to a connection that has the file to itself, so it also shows that nothing else has it open.
     */
    private static void toOneFile(Path file, Supplier<Refused> inUse) {
        try (Connection connection = writable(file, 0).getConnection();
             Statement sql = connection.createStatement();
             ResultSet mode = sql.executeQuery("PRAGMA journal_mode = DELETE")) {
            if (!mode.next() || !"delete".equalsIgnoreCase(mode.getString(1))) {
                throw inUse.get();
            }
        } catch (SQLException e) {
            throw inUse.get();
        }
    }

    private static void copy(DataSource from, Path to) {
        deleteIfThere(to);
        try (Connection connection = from.getConnection();
             PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, to.toAbsolutePath().toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new DatabaseUnavailable("cannot copy the database to " + to + ": " + e.getMessage(), e);
        }
    }

    private static boolean isSameFile(Path one, Path other) {
        try {
            return Files.isSameFile(one, other);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SQLiteDataSource writable(Path file, int busyTimeoutMillis) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    private static Refused inUse(Path database) {
        return new Refused("cli.restore.problem.inUse", database.toString());
    }

    private static Path beside(Path file, String suffix) {
        Path absolute = file.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }

    private static void deleteIfThere(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
