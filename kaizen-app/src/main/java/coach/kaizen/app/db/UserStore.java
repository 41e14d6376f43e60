package coach.kaizen.app.db;

import coach.kaizen.core.person.Person;
import coach.kaizen.core.person.Theme;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Accounts: the person behind each one, with the zone their days are counted in. */
public final class UserStore {

    private static final String COLUMNS = "id, username, time_zone, day_start_hour, week_start, language, country, theme";

    /** The columns {@link #person} reads, from the users table joined as {@code u}. */
    static final String JOINED_COLUMNS = "u." + COLUMNS.replace(", ", ", u.");

    private final Handle handle;

    UserStore(Handle handle) {
        this.handle = handle;
    }

    /** A person's password hash, for signing in. */
    public record Credentials(Person person, String passwordHash) {
    }

    /** Empty when the username is already taken. */
    public Optional<Person> create(Person person, String passwordHash, boolean demo, Instant now) {
        return handle.createQuery("""
                        INSERT INTO users (username, time_zone, day_start_hour, week_start, language, country, theme,
                                           password_hash, demo, created_at)
                        VALUES (:username, :zone, :dayStartHour, :weekStart, :language, :country, :theme,
                                :passwordHash, :demo, :now)
                        ON CONFLICT (username) DO NOTHING
                        RETURNING\s""" + COLUMNS)
                .bind("username", person.username())
                .bindMethods(Settings.of(person))
                .bind("passwordHash", passwordHash)
                .bind("demo", demo)
                .bind("now", now)
                .map((rs, ctx) -> person(rs))
                .findOne();
    }

    public Optional<Person> find(long userId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :userId")
                .bind("userId", userId)
                .map((rs, ctx) -> person(rs))
                .findOne();
    }

    public Optional<Person> findByUsername(String username) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE username = :username")
                .bind("username", username)
                .map((rs, ctx) -> person(rs))
                .findOne();
    }

    public Optional<Credentials> credentials(String username) {
        return handle.createQuery("SELECT " + COLUMNS + ", password_hash FROM users WHERE username = :username")
                .bind("username", username)
                .map((rs, ctx) -> new Credentials(person(rs), rs.getString("password_hash")))
                .findOne();
    }

    /** Moves the person's days to another zone or day-start hour, or changes their language, country or theme. */
    public Optional<Person> change(Person person) {
        return handle.createQuery("""
                        UPDATE users SET time_zone = :zone, day_start_hour = :dayStartHour, week_start = :weekStart,
                                         language = :language, country = :country, theme = :theme
                        WHERE id = :userId
                        RETURNING\s""" + COLUMNS)
                .bind("userId", person.id())
                .bindMethods(Settings.of(person))
                .map((rs, ctx) -> person(rs))
                .findOne();
    }

    /** A person's settings as their columns hold them. */
    public record Settings(String zone, int dayStartHour, String weekStart, String language, String country,
            String theme) {

        static Settings of(Person person) {
            return new Settings(person.zone().getId(), person.dayStartHour(), person.weekStart().name(),
                    person.language(), person.country(), person.theme().name());
        }
    }

    /**
     * Every table with a person's rows, children before their parents: {@link #delete} names each one
     * rather than trusting ON DELETE CASCADE, so a table whose key forgot the cascade still empties.
     */
    public static final List<String> PERSONAL_TABLES = List.of("step_choices", "check_ins", "step_progress", "experiments",
            "loop_habits", "step_reminders", "reminder_sends", "reminder_settings", "push_subscriptions", "idempotency_keys", "journal_entries", "obstacles", "recovery_actions", "urges", "slips", "not_spent", "steps",
            "aims", "readiness", "daily_sessions", "earned_strengths", "safety_plans", "sessions", "api_tokens",
            "person_ids");

    /** Removes the person and every row of theirs in every table; false when there was no such person. */
    public boolean delete(long userId) {
        for (String table : PERSONAL_TABLES) {
            handle.createUpdate("DELETE FROM " + table + " WHERE user_id = :userId").bind("userId", userId).execute();
        }
        return handle.createUpdate("DELETE FROM users WHERE id = :userId").bind("userId", userId).execute() == 1;
    }

    /** Removes the demo account, with everything in it; a real account of the same name is never touched. */
    public void deleteDemo(String username) {
        handle.createQuery("SELECT id FROM users WHERE username = :username AND demo = :demo")
                .bind("username", username)
                .bind("demo", true)
                .mapTo(Long.class)
                .findOne()
                .ifPresent(this::delete);
    }

    /** A new password hash for the person; false when there is no such person. */
    public boolean setPassword(long userId, String passwordHash) {
        return handle.createUpdate("UPDATE users SET password_hash = :passwordHash WHERE id = :userId")
                .bind("userId", userId)
                .bind("passwordHash", passwordHash)
                .execute() == 1;
    }

    /** A person's password hash by id, to check it again before a change that needs it. */
    public Optional<String> passwordHash(long userId) {
        return handle.createQuery("SELECT password_hash FROM users WHERE id = :userId")
                .bind("userId", userId)
                .mapTo(String.class)
                .findOne();
    }

    /** An account as an operator sees it: nothing a person wrote, no secret. */
    public record Account(String username, Instant createdAt, boolean demo) {
    }

    /** Every account, by username. */
    public List<Account> accounts() {
        return handle.createQuery("SELECT username, created_at, demo FROM users ORDER BY username")
                .map((rs, ctx) -> new Account(rs.getString("username"), Columns.instant(rs, "created_at"),
                        rs.getBoolean("demo")))
                .list();
    }

    static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("username"), ZoneId.of(rs.getString("time_zone")),
                rs.getInt("day_start_hour"), DayOfWeek.valueOf(rs.getString("week_start")), rs.getString("language"),
                rs.getString("country"), Theme.valueOf(rs.getString("theme")));
    }
}
