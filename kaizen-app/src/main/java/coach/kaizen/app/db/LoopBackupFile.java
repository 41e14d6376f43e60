package coach.kaizen.app.db;

import coach.kaizen.core.loop.LoopEntry;
import coach.kaizen.core.loop.LoopHabit;
import coach.kaizen.core.loop.LoopHistory;
import coach.kaizen.core.step.Measure;
import coach.kaizen.core.text.Refused;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A Loop Habit Tracker backup (Loop's own SQLite file) read, never written: opened read-only,
 * checked whole, then checked to hold Loop's tables as Loop's migrations (09.sql to 25.sql) left
 * them at its {@code user_version}, and nothing else that runs (no trigger, no view), before a row
 * is read. Anything else is refused with what is wrong.
 *
 * <p>Columns came one version at a time: {@code type} (16; before it every repetition is a
 * check), {@code target_type}, {@code target_value}, {@code unit} (18), {@code question} (23;
 * before it the description was the question), {@code uuid} (24), a repetition's {@code notes}
 * (25). Each is read when the file has it.
 */
public final class LoopBackupFile {

    /** The oldest schema Loop's migrations start from, and the newest Loop has shipped. */
    public static final int OLDEST = 9;
    public static final int NEWEST = 25;
    public static final int MAX_HABITS = 1_000;
    public static final int MAX_ENTRIES = 500_000;

    private static final long DAY_MILLIS = 86_400_000L;

    private LoopBackupFile() {
    }

    /** The habits in the backup, in Loop's order, each with its days. */
    public static List<LoopHistory> read(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.enableLoadExtension(false);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement sql = connection.createStatement()) {
            checkWhole(sql);
            int version = version(sql);
            checkTables(sql, version);
            Set<String> habitColumns = columns(sql, "Habits");
            Set<String> entryColumns = columns(sql, "Repetitions");
            require(habitColumns, "Habits", "id", "name", "position", "freq_num", "freq_den", "archived");
            require(entryColumns, "Repetitions", "habit", "timestamp");
            return histories(sql, version, habitColumns, entryColumns);
        } catch (SQLException e) {
            throw new Refused("exchange.loop.problem.unreadable");
        }
    }

    private static void checkWhole(Statement sql) throws SQLException {
        try (ResultSet check = sql.executeQuery("PRAGMA quick_check")) {
            if (!check.next() || !"ok".equals(check.getString(1))) {
                throw new Refused("exchange.loop.problem.damaged");
            }
        }
    }

    private static int version(Statement sql) throws SQLException {
        try (ResultSet rs = sql.executeQuery("PRAGMA user_version")) {
            int version = rs.next() ? rs.getInt(1) : 0;
            if (version > NEWEST) {
                throw new Refused("exchange.loop.problem.newer", Integer.toString(version), Integer.toString(NEWEST));
            }
            if (version < OLDEST) {
                throw new Refused("exchange.loop.problem.notLoop");
            }
            return version;
        }
    }

    /**
     * Exactly Loop's tables for the version: Habits and Repetitions; Checkmarks, Streak and Score
     * before 20 dropped them; Events from 19; Android's own two; indexes of any name. A trigger or
     * a view would run code of the file's choosing, so neither is taken.
     */
    private static void checkTables(Statement sql, int version) throws SQLException {
        Set<String> allowed = new HashSet<>(Set.of("habits", "repetitions", "android_metadata", "sqlite_sequence"));
        if (version < 20) {
            allowed.addAll(Set.of("checkmarks", "streak", "score"));
        }
        if (version >= 19) {
            allowed.add("events");
        }
        Set<String> found = new HashSet<>();
        try (ResultSet rs = sql.executeQuery("SELECT type, name FROM sqlite_master")) {
            while (rs.next()) {
                String type = rs.getString("type");
                String name = rs.getString("name");
                if ("trigger".equals(type) || "view".equals(type)) {
                    throw new Refused("exchange.loop.problem.runs", type, name);
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if ("table".equals(type) && !allowed.contains(lower) && !lower.startsWith("sqlite_stat")) {
                    throw new Refused("exchange.loop.problem.extraTable", name, Integer.toString(version));
                }
                found.add(lower);
            }
        }
        if (!found.contains("habits") || !found.contains("repetitions")) {
            throw new Refused("exchange.loop.problem.notLoop");
        }
    }

    private static Set<String> columns(Statement sql, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = sql.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static void require(Set<String> columns, String table, String... names) {
        for (String name : names) {
            if (!columns.contains(name)) {
                throw new Refused("exchange.loop.problem.column", table, name);
            }
        }
    }

    private static List<LoopHistory> histories(Statement sql, int version, Set<String> habitColumns,
            Set<String> entryColumns) throws SQLException {
        Map<Long, List<LoopEntry>> entries = entries(sql, entryColumns);
        List<LoopHabit> habits = new ArrayList<>();
        String select = "SELECT id, name, position, freq_num, freq_den, archived, description"
                + optional(habitColumns, "type", "target_type", "target_value", "unit", "question", "uuid")
                + " FROM Habits ORDER BY position, id";
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(select)) {
            while (rs.next()) {
                if (habits.size() == MAX_HABITS) {
                    throw new Refused("exchange.loop.problem.tooMany", Integer.toString(MAX_HABITS));
                }
                boolean asked = habitColumns.contains("question");
                String description = rs.getString("description");
                // Before version 23 the description was the habit's question.
                String question = asked ? rs.getString("question") : description;
                habits.add(new LoopHabit(habits.size() + 1, rs.getString("name"), question,
                        asked ? description : "", habitColumns.contains("type") && rs.getInt("type") == 1,
                        rs.getInt("freq_num"), rs.getInt("freq_den"), text(rs, habitColumns, "unit"),
                        habitColumns.contains("target_type") && rs.getInt("target_type") == 1
                                ? Measure.Kind.AT_MOST : Measure.Kind.AT_LEAST,
                        habitColumns.contains("target_value") ? Math.max(0, rs.getDouble("target_value")) : 0,
                        rs.getInt("archived") != 0, habitColumns.contains("uuid") ? rs.getString("uuid") : null));
                ids.add(rs.getLong("id"));
            }
        }
        List<LoopHistory> histories = new ArrayList<>();
        for (int i = 0; i < habits.size(); i++) {
            histories.add(new LoopHistory(habits.get(i), entries.getOrDefault(ids.get(i), List.of())));
        }
        return histories;
    }

    private static Map<Long, List<LoopEntry>> entries(Statement sql, Set<String> columns) throws SQLException {
        Map<Long, List<LoopEntry>> entries = new HashMap<>();
        int count = 0;
        try (ResultSet rs = sql.executeQuery("SELECT habit, timestamp" + optional(columns, "value", "notes")
                + " FROM Repetitions WHERE habit IS NOT NULL AND timestamp IS NOT NULL ORDER BY habit, timestamp")) {
            while (rs.next()) {
                if (++count > MAX_ENTRIES) {
                    throw new Refused("exchange.loop.problem.tooManyDays", Integer.toString(MAX_ENTRIES));
                }
                // Before version 16 a repetition had no value: every row was a day done.
                int value = columns.contains("value") ? rs.getInt("value") : LoopEntry.YES_MANUAL;
                entries.computeIfAbsent(rs.getLong("habit"), habit -> new ArrayList<>())
                        .add(new LoopEntry(day(rs.getLong("timestamp")), value, text(rs, columns, "notes")));
            }
        }
        return entries;
    }

    /** Loop keeps a day as the milliseconds of its midnight, UTC. */
    private static LocalDate day(long timestamp) {
        try {
            return LocalDate.ofEpochDay(Math.floorDiv(timestamp, DAY_MILLIS));
        } catch (DateTimeException e) {
            throw new Refused("exchange.loop.problem.timestamp", Long.toString(timestamp));
        }
    }

    private static String optional(Set<String> columns, String... names) {
        StringBuilder select = new StringBuilder();
        for (String name : names) {
            if (columns.contains(name)) {
                select.append(", ").append(name);
            }
        }
        return select.toString();
    }

    private static String text(ResultSet rs, Set<String> columns, String name) throws SQLException {
        return columns.contains(name) ? rs.getString(name) : "";
    }
}
