package coach.kaizen.app.db;

import coach.kaizen.core.engine.Readiness;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** How the person said they were on each day: one answer per person per day; saving again changes it. */
public final class ReadinessStore {

    private final Handle handle;

    ReadinessStore(Handle handle) {
        this.handle = handle;
    }

    public void save(long userId, LocalDate day, Readiness readiness, Instant now) {
        handle.createUpdate("""
                        INSERT INTO readiness (user_id, day, energy, stress, craving, not_safe, updated_at)
                        VALUES (:userId, :day, :energy, :stress, :craving, :notSafe, :now)
                        ON CONFLICT (user_id, day) DO UPDATE SET
                            energy = excluded.energy,
                            stress = excluded.stress,
                            craving = excluded.craving,
                            not_safe = excluded.not_safe,
                            updated_at = excluded.updated_at""")
                .bind("userId", userId)
                .bind("day", day)
                .bind("energy", readiness.energy())
                .bind("stress", readiness.stress())
                .bind("craving", readiness.craving())
                .bind("notSafe", readiness.notSafe())
                .bind("now", now)
                .execute();
    }

    public Optional<Readiness> find(long userId, LocalDate day) {
        return handle.createQuery(
                        "SELECT energy, stress, craving, not_safe FROM readiness WHERE user_id = :userId AND day = :day")
                .bind("userId", userId)
                .bind("day", day)
                .map((rs, ctx) -> readiness(rs, ""))
                .findOne();
    }

    /** Every day the person answered from {@code from} on: what a replay reads. */
    public Map<LocalDate, Readiness> since(long userId, LocalDate from) {
        Map<LocalDate, Readiness> days = new HashMap<>();
        handle.createQuery("""
                        SELECT day, energy, stress, craving, not_safe FROM readiness
                        WHERE user_id = :userId AND day >= :from""")
                .bind("userId", userId)
                .bind("from", from)
                .map((rs, ctx) -> Map.entry(Columns.day(rs, "day"), readiness(rs, "")))
                .forEach(day -> days.put(day.getKey(), day.getValue()));
        return days;
    }

    /** The readiness in columns named {@code prefix + "energy"} and so on; none answered reads as unknown. */
    static Readiness readiness(ResultSet rs, String prefix) throws SQLException {
        return new Readiness(Columns.integer(rs, prefix + "energy"), Columns.integer(rs, prefix + "stress"),
                Columns.integer(rs, prefix + "craving"), rs.getBoolean(prefix + "not_safe"));
    }
}
