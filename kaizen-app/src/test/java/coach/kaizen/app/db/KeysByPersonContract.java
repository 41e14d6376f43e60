package coach.kaizen.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.checkin.SavedCheckIn;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * The keys that let a sharded PostgreSQL keep each person's rows together (docs/scale-out.md), read from
 * the database's own catalog: every key of a person's table holds user_id, and so does every foreign key
 * between two of them. And the migration that made them so keeps every row it found.
 */
abstract class KeysByPersonContract {

    /** Tables that are no one person's: the people themselves, and what the installation shares. */
    private static final List<String> SHARED_TABLES = List.of("users", "push_keys", "rate_limits", "flyway_schema_history");

    /** The rows made at V17 below, one or more in each of these tables. */
    private static final List<String> FILLED = List.of("users", "aims", "steps", "check_ins", "step_progress",
            "step_choices", "journal_entries", "obstacles", "experiments", "recovery_actions", "urges", "slips",
            "earned_strengths", "not_spent", "loop_habits", "step_reminders", "api_tokens", "sessions",
            "reminder_settings");

    private static final String AT = "'2026-04-01T08:00:00Z'";

    /** Rows at V17 for two people, written as the app wrote them then, in words both databases read alike. */
    private static final List<String> V17_ROWS = List.of(
            "INSERT INTO users (username, time_zone, created_at) VALUES ('ana', 'UTC', " + AT + ")",
            "INSERT INTO users (username, time_zone, created_at) VALUES ('ben', 'Europe/Madrid', " + AT + ")",
            "INSERT INTO aims (user_id, title, kind, identity, created_at) SELECT id, 'Walk', 'BUILD', 'a walker', " + AT
                    + " FROM users",
            "INSERT INTO aims (user_id, title, kind, counter_from, created_at) SELECT id, 'Less sugar', 'RECOVER', "
                    + "'2026-03-01', " + AT + " FROM users WHERE username = 'ana'",
            "INSERT INTO steps (user_id, aim_id, action, amount, unit, quantum, floor, ceiling, start_day, created_at, "
                    + "schedule) SELECT user_id, id, 'walk', 10, 'minutes', 1, 2, 30, '2026-04-01', " + AT
                    + ", 'mon,thu' FROM aims WHERE kind = 'BUILD'",
            "INSERT INTO check_ins (user_id, step_id, day, outcome, amount, resistance, note, created_at, updated_at) "
                    + "SELECT user_id, id, '2026-04-01', 'DONE', 10, 3, 'easy', " + AT + ", " + AT + " FROM steps",
            "INSERT INTO check_ins (user_id, step_id, day, outcome, created_at, updated_at) "
                    + "SELECT user_id, id, '2026-04-02', 'MISSED', " + AT + ", " + AT + " FROM steps",
            "INSERT INTO step_progress (user_id, step_id, engine_version, engine_state, strength, strength_through, "
                    + "strength_day_before, updated_at, strength_repetitions, strength_amounts) SELECT user_id, id, 3, "
                    + "'{\"level\":10}', 0.5, '2026-04-02', 0.4, " + AT + ", 5, '[10]' FROM steps",
            "INSERT INTO step_choices (user_id, step_id, day, size, created_at) SELECT user_id, id, '2026-04-02', 5, "
                    + AT + " FROM steps",
            "INSERT INTO journal_entries (user_id, day, question_id, question_text, aim_id, answer, created_at) "
                    + "SELECT user_id, '2026-04-01', 'helped', 'What helped?', id, 'a friend', " + AT
                    + " FROM aims WHERE kind = 'BUILD'",
            "INSERT INTO obstacles (user_id, aim_id, text, status, added_on, focus_since) SELECT user_id, id, 'rain', "
                    + "'IN_FOCUS', '2026-04-01', '2026-04-02' FROM aims",
            "INSERT INTO experiments (user_id, step_id, kind, change, start_day, days, verdict, created_at) "
                    + "SELECT user_id, id, 'TIME', 'mornings', '2026-04-01', 7, 'KEEP', " + AT + " FROM steps",
            "INSERT INTO recovery_actions (user_id, aim_id, day, kind, text, created_at) SELECT user_id, id, "
                    + "'2026-04-01', 'OWN', 'fruit', " + AT + " FROM aims WHERE kind = 'RECOVER'",
            "INSERT INTO urges (user_id, aim_id, day, intensity, trigger, passed, created_at) SELECT user_id, id, "
                    + "'2026-04-01', 6, 'bakery', TRUE, " + AT + " FROM aims WHERE kind = 'RECOVER'",
            "INSERT INTO slips (user_id, aim_id, day, feeling, confidence, created_at) SELECT user_id, id, "
                    + "'2026-04-02', 'tired', 7, " + AT + " FROM aims WHERE kind = 'RECOVER'",
            "INSERT INTO earned_strengths (user_id, name, evidence, created_at) SELECT id, 'patience', 'waited', " + AT
                    + " FROM users",
            "INSERT INTO not_spent (user_id, aim_id, money_per_day, currency, minutes_per_day, updated_at) "
                    + "SELECT user_id, id, '3.50', 'EUR', 20, " + AT + " FROM aims WHERE kind = 'RECOVER'",
            "INSERT INTO loop_habits (user_id, step_id, uuid, name, position) SELECT user_id, id, 'u-1', 'Walk', 0 "
                    + "FROM steps",
            "INSERT INTO step_reminders (user_id, step_id, at, set_at) SELECT user_id, id, '07:30', " + AT + " FROM steps",
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) SELECT id, 'phone', 'token-' || username, "
                    + AT + " FROM users",
            "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at, last_seen_at) "
                    + "SELECT 'session-' || username, id, 'csrf', " + AT + ", '2026-05-01T08:00:00Z', " + AT + " FROM users",
            "INSERT INTO reminder_settings (user_id, quiet_from, quiet_to, feed_hash) SELECT id, '22:00', '07:00', "
                    + "'feed-' || username FROM users");

    /** A migrated database; at {@code version} only, when one is given. */
    protected abstract TestDatabase openAt(String version);

    /** A query for the names of all the tables, one text column. */
    protected abstract String tables();

    /** The table's primary key's columns, in order. */
    protected abstract List<String> primaryKey(Handle handle, String table);

    /** The columns of each unique key (the primary key among them), in order. */
    protected abstract List<List<String>> uniqueKeys(Handle handle, String table);

    protected abstract List<ForeignKey> foreignKeys(Handle handle, String table);

    /** A foreign key: each of its columns named with the column of {@code referenced} it points at. */
    protected record ForeignKey(String referenced, Map<String, String> columns) {
    }

    @Test
    void everyKeyOfAPersonsTableHoldsUserId() {
        try (TestDatabase test = openAt(null)) {
            test.database().jdbi().useHandle(this::keysHoldUserId);
        }
    }

    @Test
    void movingToKeysByPersonKeepsEveryRowAndTheirLinks() {
        try (TestDatabase test = openAt("17")) {
            test.database().jdbi().useHandle(handle -> V17_ROWS.forEach(handle::execute));
            Map<String, List<String>> before = test.database().jdbi().withHandle(KeysByPersonContract::rows);
            assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

            test.migrateTo("18");

            assertThat(test.database().jdbi().withHandle(KeysByPersonContract::rows)).isEqualTo(before);
            test.database().migrate();
            test.database().jdbi().useHandle(this::keysHoldUserId);
            theLinksStillHold(test.database());
        }
    }

    /** New rows follow the person's own ids, and deleting an aim still takes its steps and check-ins along. */
    private static void theLinksStillHold(Database db) {
        long ana = db.read((Stores s) -> s.users().findByUsername("ana")).orElseThrow().id();
        long walk = db.read((Stores s) -> s.aims().list(ana)).get(0).id();
        long step = db.read((Stores s) -> s.steps().list(ana)).get(0).id();
        LocalDate first = LocalDate.of(2026, 4, 1);
        LocalDate third = first.plusDays(2);
        long highest = db.read((Stores s) -> s.checkIns().list(ana, step, first, third)).stream()
                .mapToLong(SavedCheckIn::id).max().orElseThrow();
        long made = db.transaction((Stores s) -> s.checkIns().save(ana, step,
                new CheckIn(third, Outcome.DONE, 10.0, null, null), Instant.parse("2026-04-03T08:00:00Z"))).orElseThrow().id();
        assertThat(made).as("the next of Ana's own ids").isEqualTo(highest + 1);

        assertThat(db.transaction((Stores s) -> s.aims().delete(ana, walk))).isTrue();
        assertThat(db.read((Stores s) -> s.steps().list(ana))).isEmpty();
        assertThat(db.read((Stores s) -> s.checkIns().history(ana, step))).isEmpty();
        long ben = db.read((Stores s) -> s.users().findByUsername("ben")).orElseThrow().id();
        assertThat(db.read((Stores s) -> s.steps().list(ben))).hasSize(1);
    }

    private void keysHoldUserId(Handle handle) {
        assertThat(handle.createQuery(tables()).mapTo(String.class).list()).as("every table is a person's or shared")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(UserStore.PERSONAL_TABLES.stream(),
                        SHARED_TABLES.stream()).toList());
        for (String table : UserStore.PERSONAL_TABLES) {
            assertThat(primaryKey(handle, table)).as("the primary key of " + table).contains("user_id");
            assertThat(uniqueKeys(handle, table)).as("the unique keys of " + table)
                    .isNotEmpty()
                    .allSatisfy(key -> assertThat(key).contains("user_id"));
            assertThat(foreignKeys(handle, table))
                    .filteredOn(key -> UserStore.PERSONAL_TABLES.contains(key.referenced()))
                    .as("the foreign keys of " + table + " to a person's table")
                    .allSatisfy(key -> assertThat(key.columns()).containsEntry("user_id", "user_id"));
        }
    }

    /** Every row of each filled table as text, sorted, so two readings compare. */
    private static Map<String, List<String>> rows(Handle handle) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String table : FILLED) {
            List<String> rows = handle.createQuery("SELECT * FROM " + table).map((rs, ctx) -> row(rs)).list();
            all.put(table, rows.stream().sorted().toList());
        }
        return all;
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        Map<String, String> row = new TreeMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            row.put(columns.getColumnLabel(i), rs.getString(i));
        }
        return row.toString();
    }

    /** Names from a query's one text column, in order, with {@code :table} bound to {@code table}. */
    protected static List<String> names(Handle handle, String sql, String table) {
        return handle.createQuery(sql).bind("table", table).mapTo(String.class).list();
    }
}
