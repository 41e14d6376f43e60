package coach.kaizen.app.db;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.checkin.SavedCheckIn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Check-ins: one per step per day; saving a day again corrects it. Every query is scoped by user id. */
public final class CheckInStore {

    private static final String COLUMNS = "id, step_id, day, outcome, amount, resistance, note, created_at, updated_at";

    private final Handle handle;
    private final PersonIds ids;

    CheckInStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    /** Saves the day's check-in, or corrects the one already there; empty when the person has no such step. */
    public Optional<SavedCheckIn> save(long userId, long stepId, CheckIn checkIn, Instant now) {
        return bound(handle.createQuery("""
                        INSERT INTO check_ins (user_id, id, step_id, day, outcome, amount, resistance, note,
                                               created_at, updated_at)
                        SELECT user_id, :id, id, :day, :outcome, :amount, :resistance, :note, :now, :now
                        FROM steps WHERE id = :stepId AND user_id = :userId
                        ON CONFLICT (user_id, step_id, day) DO UPDATE SET
                            outcome = excluded.outcome,
                            amount = excluded.amount,
                            resistance = excluded.resistance,
                            note = excluded.note,
                            updated_at = excluded.updated_at
                        RETURNING\s""" + COLUMNS), userId, stepId, checkIn, now)
                .bind("id", ids.next("check_ins", userId))
                .map((rs, ctx) -> saved(rs))
                .findOne();
    }

    /** Corrects the day's check-in where there is one, taking no new id; empty when the day has none yet. */
    public Optional<SavedCheckIn> correct(long userId, long stepId, CheckIn checkIn, Instant now) {
        return bound(handle.createQuery("""
                        UPDATE check_ins SET outcome = :outcome, amount = :amount, resistance = :resistance,
                                             note = :note, updated_at = :now
                        WHERE user_id = :userId AND step_id = :stepId AND day = :day
                        RETURNING\s""" + COLUMNS), userId, stepId, checkIn, now)
                .map((rs, ctx) -> saved(rs))
                .findOne();
    }

    public Optional<SavedCheckIn> find(long userId, long stepId, LocalDate day) {
        return handle.createQuery("SELECT " + COLUMNS
                        + " FROM check_ins WHERE user_id = :userId AND step_id = :stepId AND day = :day")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .bind("day", day)
                .map((rs, ctx) -> saved(rs))
                .findOne();
    }

    /** The step's check-ins from {@code from} to {@code to}, both included, oldest first. */
    public List<SavedCheckIn> list(long userId, long stepId, LocalDate from, LocalDate to) {
        return handle.createQuery("SELECT " + COLUMNS + """
                         FROM check_ins
                        WHERE user_id = :userId AND step_id = :stepId AND day BETWEEN :from AND :to
                        ORDER BY day""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .bind("from", from)
                .bind("to", to)
                .map((rs, ctx) -> saved(rs))
                .list();
    }

    /** Every check-in of the step, oldest first: what a replay reads. */
    public List<CheckIn> history(long userId, long stepId) {
        return handle.createQuery("""
                        SELECT day, outcome, amount, resistance, note FROM check_ins
                        WHERE user_id = :userId AND step_id = :stepId
                        ORDER BY day""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .map((rs, ctx) -> checkIn(rs))
                .list();
    }

    /** Every check-in of the person, by step and oldest first: what the session reads their situation from. */
    public Map<Long, List<CheckIn>> byStep(long userId) {
        Map<Long, List<CheckIn>> byStep = new HashMap<>();
        handle.createQuery("""
                        SELECT step_id, day, outcome, amount, resistance, note FROM check_ins
                        WHERE user_id = :userId
                        ORDER BY step_id, day""")
                .bind("userId", userId)
                .map((rs, ctx) -> Map.entry(rs.getLong("step_id"), checkIn(rs)))
                .forEach(row -> byStep.computeIfAbsent(row.getKey(), step -> new ArrayList<>()).add(row.getValue()));
        return byStep;
    }

    /** Binds what a check-in is saved with: whose, which step and day, what was said, and when. */
    private static Query bound(Query query, long userId, long stepId, CheckIn checkIn, Instant now) {
        return query.bind("userId", userId)
                .bind("stepId", stepId)
                .bind("day", checkIn.day())
                .bind("outcome", checkIn.outcome())
                .bind("amount", checkIn.amount())
                .bind("resistance", checkIn.resistance())
                .bind("note", checkIn.note())
                .bind("now", now);
    }

    private static SavedCheckIn saved(ResultSet rs) throws SQLException {
        return new SavedCheckIn(rs.getLong("id"), rs.getLong("step_id"), checkIn(rs),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }

    static CheckIn checkIn(ResultSet rs) throws SQLException {
        return new CheckIn(Columns.day(rs, "day"), Columns.enumOf(rs, "outcome", Outcome.class),
                Columns.decimal(rs, "amount"), Columns.integer(rs, "resistance"), rs.getString("note"));
    }
}
