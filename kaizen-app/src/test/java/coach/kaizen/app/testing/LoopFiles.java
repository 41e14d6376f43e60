package coach.kaizen.app.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Loop Habit Tracker's files, made in the test rather than kept as binaries. A backup is made as
 * Loop makes its database: Android's {@code android_metadata}, then Loop's migrations 09.sql to
 * the version asked for, in order, as Loop's source (uhabits-core/.../migrations/NN.sql) writes
 * them, and {@code PRAGMA user_version}. Migrations that only move colours or clear Loop's caches
 * (10, 12, 14, 21) change no table and are left out; 15 holds no table change either.
 */
public final class LoopFiles {

    /** A habit to write: numerical when {@code unit} is not null. */
    public record Habit(String name, String question, int times, int days, String unit, int targetType,
            double target, boolean archived, String uuid, List<Entry> entries) {

        public static Habit yesNo(String name, int times, int days, List<Entry> entries) {
            return new Habit(name, "Did you " + name.toLowerCase(java.util.Locale.ROOT) + " today?", times, days,
                    null, 0, 0, false, null, entries);
        }

        public static Habit numerical(String name, String unit, int targetType, double target, int days,
                List<Entry> entries) {
            return new Habit(name, "", 1, days, unit, targetType, target, false, null, entries);
        }

        public Habit inArchive() {
            return new Habit(name, question, times, days, unit, targetType, target, true, uuid, entries);
        }
    }

    /** A day as Loop stores it: its value (2 done, 0 not, 3 skip, 1 filled in by Loop; amounts ×1000). */
    public record Entry(LocalDate day, int value, String notes) {
    }

    private static final Map<Integer, String> MIGRATIONS = new LinkedHashMap<>();

    static {
        MIGRATIONS.put(9, """
                create table Habits (id integer primary key autoincrement, archived integer, color integer,
                    description text, freq_den integer, freq_num integer, skip_days integer, skip_days_list integer,
                    highlight integer, name text, position integer, reminder_hour integer, reminder_min integer);
                create table Checkmarks (id integer primary key autoincrement, habit integer references habits(id),
                    timestamp integer, value integer);
                create table Repetitions (id integer primary key autoincrement, habit integer references habits(id),
                    timestamp integer);
                create table Streak (id integer primary key autoincrement, end integer,
                    habit integer references habits(id), length integer, start integer);
                create table Score (id integer primary key autoincrement, habit integer references habits(id),
                    score integer, timestamp integer)""");
        MIGRATIONS.put(11, "alter table Habits add column reminder_days integer not null default 127");
        MIGRATIONS.put(13, """
                create index idx_score_habit_timestamp on Score(habit, timestamp);
                create index idx_checkmark_habit_timestamp on Checkmarks(habit, timestamp);
                create index idx_repetitions_habit_timestamp on Repetitions(habit, timestamp);
                create index idx_streak_habit_end on Streak(habit, end)""");
        MIGRATIONS.put(16, """
                alter table Habits add column type integer not null default 0;
                alter table Repetitions add column value integer not null default 2""");
        MIGRATIONS.put(17, """
                drop table Score;
                create table Score (id integer primary key autoincrement, habit integer references habits(id),
                    score real, timestamp integer);
                create index idx_score_habit_timestamp on Score(habit, timestamp)""");
        MIGRATIONS.put(18, """
                alter table Habits add column target_type integer not null default 0;
                alter table Habits add column target_value real not null default 0;
                alter table Habits add column unit text not null default \"\"""");
        MIGRATIONS.put(19, """
                create table Events (id integer primary key autoincrement, timestamp integer, message text,
                    server_id integer)""");
        MIGRATIONS.put(20, "drop table checkmarks; drop table streak; drop table score");
        MIGRATIONS.put(22, """
                alter table Repetitions rename to RepetitionsBak;
                create table Repetitions (id integer primary key autoincrement,
                    habit integer not null references habits(id), timestamp integer not null, value integer not null);
                drop index idx_repetitions_habit_timestamp;
                create unique index idx_repetitions_habit_timestamp on Repetitions(habit, timestamp);
                insert into Repetitions select * from RepetitionsBak;
                drop table RepetitionsBak""");
        MIGRATIONS.put(23, "alter table Habits add column question text");
        MIGRATIONS.put(24, "alter table habits add column uuid text");
        MIGRATIONS.put(25, "alter table Repetitions add column notes text");
    }

    private LoopFiles() {
    }

    /** A Loop backup of schema {@code version} (9 to 25) holding {@code habits}, in that order. */
    public static byte[] backup(int version, List<Habit> habits) {
        return backup(version, habits, new String[0]);
    }

    /** As {@link #backup(int, List)}, then each of {@code extraSql} run on it (a table or trigger Loop never makes). */
    public static byte[] backup(int version, List<Habit> habits, String... extraSql) {
        try {
            Path file = Files.createTempFile("loop-fixture-", ".db");
            Files.delete(file);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement sql = db.createStatement()) {
                sql.execute("create table android_metadata (locale text)");
                sql.execute("insert into android_metadata values ('en_US')");
                for (Map.Entry<Integer, String> migration : MIGRATIONS.entrySet()) {
                    if (migration.getKey() <= version) {
                        for (String statement : migration.getValue().split(";")) {
                            sql.execute(statement);
                        }
                    }
                }
                insert(db, version, habits);
                sql.execute("pragma user_version = " + version);
                for (String statement : extraSql) {
                    sql.execute(statement);
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(Connection db, int version, List<Habit> habits) throws SQLException {
        for (int i = 0; i < habits.size(); i++) {
            Habit habit = habits.get(i);
            List<String> columns = new ArrayList<>(List.of("archived", "color", "description", "freq_den", "freq_num",
                    "highlight", "name", "position"));
            List<Object> values = new ArrayList<>(List.of(habit.archived() ? 1 : 0, 5,
                    version >= 23 ? "" : habit.question(), habit.days(), habit.times(), 0, habit.name(), i));
            if (version >= 16) {
                columns.add("type");
                values.add(habit.unit() == null ? 0 : 1);
            }
            if (version >= 18) {
                columns.addAll(List.of("target_type", "target_value", "unit"));
                values.addAll(List.of(habit.targetType(), habit.target(), habit.unit() == null ? "" : habit.unit()));
            }
            if (version >= 23) {
                columns.add("question");
                values.add(habit.question());
            }
            if (version >= 24) {
                columns.add("uuid");
                values.add(habit.uuid() == null ? "uuid" + i : habit.uuid());
            }
            long id = run(db, "Habits", columns, values);
            for (Entry entry : habit.entries()) {
                List<String> entryColumns = new ArrayList<>(List.of("habit", "timestamp"));
                List<Object> entryValues = new ArrayList<>(List.of(id, entry.day().toEpochDay() * 86_400_000L));
                if (version >= 16) {
                    entryColumns.add("value");
                    entryValues.add(entry.value());
                }
                if (version >= 25) {
                    entryColumns.add("notes");
                    entryValues.add(entry.notes());
                }
                run(db, "Repetitions", entryColumns, entryValues);
            }
        }
    }

    private static long run(Connection db, String table, List<String> columns, List<Object> values) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    /** A zip of {@code files} (path → text), in order; entries are stored as given, names and all. */
    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Loop's CSV export of {@code habits} as Loop 2.1 writes it: Habits.csv, a folder per habit
     * with its Checkmarks.csv (newest day first, values by name), and the all-habits Checkmarks.csv.
     */
    public static byte[] csvZip(List<Habit> habits) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder list = new StringBuilder("Position,Name,Type,Question,Description,FrequencyNumerator,"
                + "FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n");
        StringBuilder all = new StringBuilder("Date,");
        for (int i = 0; i < habits.size(); i++) {
            Habit habit = habits.get(i);
            boolean numerical = habit.unit() != null;
            list.append(String.format(java.util.Locale.ROOT, "%03d,%s,%s,%s,,%d,%d,#FF8F00,%s,%s,%s,%s%n", i + 1,
                    quoted(habit.name()), numerical ? "NUMERICAL" : "YES_NO", quoted(habit.question()), habit.times(),
                    habit.days(), numerical ? habit.unit() : "", numerical ? (habit.targetType() == 1 ? "AT_MOST"
                            : "AT_LEAST") : "", numerical ? Double.toString(habit.target()) : "", habit.archived()));
            all.append(habit.name()).append(',');
            StringBuilder days = new StringBuilder("Date,Value,Notes\n");
            habit.entries().stream().sorted((a, b) -> b.day().compareTo(a.day())).forEach(entry -> days
                    .append(entry.day()).append(',').append(named(entry.value())).append(',')
                    .append(quoted(entry.notes())).append('\n'));
            String folder = String.format(java.util.Locale.ROOT, "%03d %s", i + 1,
                    habit.name().replaceAll("[^ a-zA-Z0-9._-]+", "")).strip();
            files.put(folder + "/Checkmarks.csv", days.toString());
        }
        files.put("Habits.csv", list.toString());
        files.put("Checkmarks.csv", all.append('\n').toString());
        return zip(files);
    }

    private static String named(int value) {
        return switch (value) {
            case 2 -> "YES_MANUAL";
            case 1 -> "YES_AUTO";
            case 0 -> "NO";
            case 3 -> "SKIP";
            case -1 -> "UNKNOWN";
            default -> Integer.toString(value);
        };
    }

    private static String quoted(String text) {
        if (text == null) {
            return "";
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
