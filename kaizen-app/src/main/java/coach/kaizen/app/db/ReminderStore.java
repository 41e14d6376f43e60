package coach.kaizen.app.db;

import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.reminder.ReminderTimes;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** Reminders: a step's times, how a person is reminded, and the reminders sent (each claimed once). */
public final class ReminderStore {

    private final Handle handle;

    ReminderStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * How a person is reminded.
     *
     * @param quiet    their quiet hours, or null
     * @param session  when the daily session reminds them, or null
     * @param webhook  where reminders are posted, or null
     * @param feedHash the hash of their calendar feed's secret, or null while they have none
     */
    public record Preferences(QuietHours quiet, LocalTime session, URI webhook, String feedHash) {
        public static final Preferences NONE = new Preferences(null, null, null, null);
    }

    /** The step's times, in the day's order. */
    public List<LocalTime> times(long userId, long stepId) {
        return handle.createQuery("""
                        SELECT at FROM step_reminders WHERE user_id = :userId AND step_id = :stepId ORDER BY at""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .map((rs, ctx) -> LocalTime.parse(rs.getString("at")))
                .list();
    }

    /** A reminder time and when it was set: it rings only from then on. */
    public record SetTime(LocalTime at, Instant setAt) {
    }

    /** Every step of the person that has reminders, with its times (and when each was set) in the day's order. */
    public Map<Long, List<SetTime>> setTimesByStep(long userId) {
        Map<Long, List<SetTime>> byStep = new TreeMap<>();
        handle.createQuery("SELECT step_id, at, set_at FROM step_reminders WHERE user_id = :userId ORDER BY step_id, at")
                .bind("userId", userId)
                .map((rs, ctx) -> Map.entry(rs.getLong("step_id"),
                        new SetTime(LocalTime.parse(rs.getString("at")), Columns.instant(rs, "set_at"))))
                .forEach(row -> byStep.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        return byStep;
    }

    /** Every step of the person that has reminders, with its times in the day's order. */
    public Map<Long, List<LocalTime>> timesByStep(long userId) {
        Map<Long, List<LocalTime>> byStep = new TreeMap<>();
        setTimesByStep(userId).forEach((stepId, times) -> byStep.put(stepId, times.stream().map(SetTime::at).toList()));
        return byStep;
    }

    /**
     * Sets the step's times; the step must be the person's (its foreign key sees to that). A time
     * it had already keeps the moment it was set; a new one is set {@code now}.
     */
    public void setTimes(long userId, long stepId, List<LocalTime> times, Instant now) {
        List<String> kept = times.stream().map(ReminderTimes::write).toList();
        for (LocalTime had : times(userId, stepId)) {
            if (!kept.contains(ReminderTimes.write(had))) {
                handle.createUpdate("DELETE FROM step_reminders WHERE user_id = :userId AND step_id = :stepId AND at = :at")
                        .bind("userId", userId)
                        .bind("stepId", stepId)
                        .bind("at", ReminderTimes.write(had))
                        .execute();
            }
        }
        for (String time : kept) {
            handle.createUpdate("""
                            INSERT INTO step_reminders (user_id, step_id, at, set_at) VALUES (:userId, :stepId, :at, :now)
                            ON CONFLICT (user_id, step_id, at) DO NOTHING""")
                    .bind("userId", userId)
                    .bind("stepId", stepId)
                    .bind("at", time)
                    .bind("now", now)
                    .execute();
        }
    }

    public Preferences preferences(long userId) {
        return handle.createQuery("""
                        SELECT quiet_from, quiet_to, session_at, webhook_url, feed_hash
                        FROM reminder_settings WHERE user_id = :userId""")
                .bind("userId", userId)
                .map((rs, ctx) -> preferences(rs))
                .findOne()
                .orElse(Preferences.NONE);
    }

    public void save(long userId, Preferences preferences) {
        QuietHours quiet = preferences.quiet();
        handle.createUpdate("""
                        INSERT INTO reminder_settings (user_id, quiet_from, quiet_to, session_at, webhook_url, feed_hash)
                        VALUES (:userId, :quietFrom, :quietTo, :session, :webhook, :feedHash)
                        ON CONFLICT (user_id) DO UPDATE SET quiet_from = excluded.quiet_from,
                            quiet_to = excluded.quiet_to, session_at = excluded.session_at,
                            webhook_url = excluded.webhook_url, feed_hash = excluded.feed_hash""")
                .bind("userId", userId)
                .bind("quietFrom", quiet == null ? null : ReminderTimes.write(quiet.from()))
                .bind("quietTo", quiet == null ? null : ReminderTimes.write(quiet.to()))
                .bind("session", preferences.session() == null ? null : ReminderTimes.write(preferences.session()))
                .bind("webhook", preferences.webhook() == null ? null : preferences.webhook().toString())
                .bind("feedHash", preferences.feedHash())
                .execute();
    }

    /** Whose calendar feed has this secret's hash. */
    public Optional<Person> feedOwner(String feedHash) {
        return handle.createQuery("SELECT " + UserStore.JOINED_COLUMNS + " " + """
                        FROM reminder_settings r JOIN users u ON u.id = r.user_id
                        WHERE r.feed_hash = :feedHash""")
                .bind("feedHash", feedHash)
                .map((rs, ctx) -> UserStore.person(rs))
                .findOne();
    }

    /** Everyone a reminder may be sent to: they have a webhook or a browser to push to, and a step or session reminder. */
    public List<Person> toRemind() {
        return handle.createQuery("SELECT " + UserStore.JOINED_COLUMNS + " " + """
                        FROM users u LEFT JOIN reminder_settings r ON r.user_id = u.id
                        WHERE (r.webhook_url IS NOT NULL
                               OR EXISTS (SELECT 1 FROM push_subscriptions p WHERE p.user_id = u.id))
                          AND (r.session_at IS NOT NULL
                               OR EXISTS (SELECT 1 FROM step_reminders s WHERE s.user_id = u.id))
                        ORDER BY u.id""")
                .map((rs, ctx) -> UserStore.person(rs))
                .list();
    }

    /**
     * Claims the reminder of {@code subject} that rang at {@code at} on the person's {@code day}:
     * true for the one caller whose row this is, false for every other (it was sent already).
     */
    public boolean claim(long userId, String subject, LocalDate day, LocalTime at, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO reminder_sends (user_id, subject, day, at, sent_at)
                        VALUES (:userId, :subject, :day, :at, :now)
                        ON CONFLICT (user_id, subject, day, at) DO NOTHING""")
                .bind("userId", userId)
                .bind("subject", subject)
                .bind("day", day)
                .bind("at", ReminderTimes.write(at))
                .bind("now", now)
                .execute() == 1;
    }

    /** The reminders sent on the person's {@code day}, each as "subject@HH:MM". */
    public List<String> sentOn(long userId, LocalDate day) {
        return handle.createQuery("SELECT subject, at FROM reminder_sends WHERE user_id = :userId AND day = :day")
                .bind("userId", userId)
                .bind("day", day)
                .map((rs, ctx) -> rs.getString("subject") + "@" + rs.getString("at"))
                .list();
    }

    /** Forgets the reminders sent before {@code day}: only today's claims are ever asked about. */
    public void forgetSentBefore(long userId, LocalDate day) {
        handle.createUpdate("DELETE FROM reminder_sends WHERE user_id = :userId AND day < :day")
                .bind("userId", userId)
                .bind("day", day)
                .execute();
    }

    private static Preferences preferences(ResultSet rs) throws SQLException {
        String quietFrom = rs.getString("quiet_from");
        String session = rs.getString("session_at");
        String webhook = rs.getString("webhook_url");
        return new Preferences(
                quietFrom == null ? null : new QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(rs.getString("quiet_to"))),
                session == null ? null : LocalTime.parse(session),
                webhook == null ? null : URI.create(webhook),
                rs.getString("feed_hash"));
    }
}
