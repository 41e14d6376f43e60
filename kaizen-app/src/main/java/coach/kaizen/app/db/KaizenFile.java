package coach.kaizen.app.db;

import coach.kaizen.core.text.Refused;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * A SQLite file that claims to be a Kaizen Coach database, checked without writing to it: a
 * SQLite file, whole, with our migration history and our tables, at a schema this app knows.
 * Anything else is refused with what is wrong.
 */
public final class KaizenFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String HISTORY = "flyway_schema_history";
    private static final List<String> OUR_TABLES = List.of(HISTORY, "users", "aims", "steps", "check_ins",
            "step_progress");

    private KaizenFile() {
    }

    /** The file's schema version, once it has passed every check. */
    public static String check(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Refused("cli.restore.problem.missing", file.toString());
        }
        if (!startsWithSqliteHeader(file)) {
            throw new Refused("cli.restore.problem.notSqlite", file.toString());
        }
        SQLiteDataSource source = readOnly(file);
        try (Connection connection = source.getConnection(); Statement sql = connection.createStatement()) {
            checkWhole(sql, file);
            checkTables(tables(sql), file);
            return checkVersion(source, file);
        } catch (SQLException e) {
            // The header said SQLite, so a file SQLite cannot read through is a damaged one.
            throw new Refused("cli.restore.problem.damaged", file.toString(), firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static boolean startsWithSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw new Refused("cli.restore.problem.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    static SQLiteDataSource readOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.enableLoadExtension(false);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    private static void checkWhole(Statement sql, Path file) throws SQLException {
        try (ResultSet check = sql.executeQuery("PRAGMA integrity_check")) {
            String first = check.next() ? check.getString(1) : "";
            if (!"ok".equals(first)) {
                throw new Refused("cli.restore.problem.damaged", file.toString(), first);
            }
        }
    }

    private static Set<String> tables(Statement sql) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = sql.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static void checkTables(Set<String> tables, Path file) {
        if (tables.contains("habits") && tables.contains("repetitions")) {
            throw new Refused("cli.restore.problem.loop", file.toString());
        }
        List<String> missing = new ArrayList<>(OUR_TABLES);
        missing.removeAll(tables);
        if (!missing.isEmpty()) {
            throw new Refused("cli.restore.problem.notKaizen", file.toString(), String.join(", ", missing));
        }
    }

    /** Our migrations against the file's history: a version this app has never heard of is newer than it. */
    private static String checkVersion(SQLiteDataSource source, Path file) {
        MigrationInfoService info = Flyway.configure()
                .dataSource(source)
                .locations(Dialect.SQLITE.migrations())
                .load()
                .info();
        MigrationVersion ours = Arrays.stream(info.all())
                .filter(migration -> migration.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .orElseThrow();
        MigrationInfo current = info.current();
        if (current == null) {
            throw new Refused("cli.restore.problem.notKaizen", file.toString(), HISTORY);
        }
        boolean newer = Arrays.stream(info.all()).anyMatch(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                || migration.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new Refused("cli.restore.problem.newer", file.toString(), current.getVersion().getVersion(),
                    ours.getVersion());
        }
        return current.getVersion().getVersion();
    }
}
