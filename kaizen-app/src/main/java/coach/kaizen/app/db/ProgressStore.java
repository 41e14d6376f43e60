package coach.kaizen.app.db;

import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.progress.KeptProgress;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.strength.Strength;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Each step's derived progress (engine state and strength), kept so a check-in need not replay
 * history. The engine state is one JSON value tagged with {@link Engine#VERSION}; a state kept by
 * another version reads as none, and {@link #stale} finds those steps for a replay.
 */
public final class ProgressStore {

    private static final TypeReference<EngineState> STATE = new TypeReference<>() { };
    private static final TypeReference<List<Double>> AMOUNTS = new TypeReference<>() { };

    private final Handle handle;

    ProgressStore(Handle handle) {
        this.handle = handle;
    }

    /** A step of one person. */
    public record StepKey(long userId, long stepId) {
    }

    public Optional<StepProgress> find(long userId, long stepId) {
        return kept(userId, stepId, LocalDate.MAX).map(KeptProgress::latest);
    }

    /**
     * The kept progress, with the one its last day's check-in was recorded on where that was kept
     * and a check-in on {@code day} could not simply follow the latest: only a correction reads it.
     */
    public Optional<KeptProgress> kept(long userId, long stepId, LocalDate day) {
        return handle.createQuery("""
                        SELECT engine_version, engine_state, strength, strength_through, strength_day_before,
                               strength_repetitions, strength_amounts, before_last_day
                        FROM step_progress WHERE user_id = :userId AND step_id = :stepId""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .map((rs, ctx) -> keptIn(rs, day))
                .findOne()
                .flatMap(kept -> kept);
    }

    /** Steps with history (check-ins or choices) whose progress is missing or was kept by another engine version. */
    public List<StepKey> stale() {
        return handle.createQuery("""
                        SELECT DISTINCT c.user_id, c.step_id FROM (
                            SELECT user_id, step_id FROM check_ins
                            UNION SELECT user_id, step_id FROM step_choices) c
                        LEFT JOIN step_progress p ON p.user_id = c.user_id AND p.step_id = c.step_id
                        WHERE p.step_id IS NULL OR p.engine_version <> :version
                        ORDER BY c.user_id, c.step_id""")
                .bind("version", Engine.VERSION)
                .map((rs, ctx) -> new StepKey(rs.getLong("user_id"), rs.getLong("step_id")))
                .list();
    }

    /** The person's steps with any check-in or choice: those that keep a progress. */
    public Set<Long> stepsWithHistory(long userId) {
        return new HashSet<>(handle.createQuery("""
                        SELECT step_id FROM check_ins WHERE user_id = :userId
                        UNION SELECT step_id FROM step_choices WHERE user_id = :userId""")
                .bind("userId", userId)
                .mapTo(Long.class)
                .list());
    }

    /** The person's steps with a check-in or a choice on {@code day}: those a change to that day's readiness re-reads. */
    public List<Long> stepsWithHistoryOn(long userId, LocalDate day) {
        return handle.createQuery("""
                        SELECT step_id FROM check_ins WHERE user_id = :userId AND day = :day
                        UNION SELECT step_id FROM step_choices WHERE user_id = :userId AND day = :day
                        ORDER BY step_id""")
                .bind("userId", userId)
                .bind("day", day)
                .mapTo(Long.class)
                .list();
    }

    /** Keeps a progress without what came before its last day (a choice came after it): a correction of that day replays. */
    public void save(long userId, long stepId, StepProgress progress, Instant now) {
        keep(userId, stepId, new KeptProgress(progress, null), now);
    }

    /** Keeps a progress, and what came before its last day where a correction of that day can start from it. */
    public void keep(long userId, long stepId, KeptProgress kept, Instant now) {
        StepProgress progress = kept.latest();
        handle.createUpdate("""
                        INSERT INTO step_progress (user_id, step_id, engine_version, engine_state, strength,
                                                   strength_through, strength_day_before, strength_repetitions,
                                                   strength_amounts, before_last_day, updated_at)
                        VALUES (:userId, :stepId, :version, :state, :strength, :strengthThrough,
                                :strengthDayBefore, :strengthRepetitions, :strengthAmounts, :beforeLastDay, :now)
                        ON CONFLICT (user_id, step_id) DO UPDATE SET
                            engine_version = excluded.engine_version,
                            engine_state = excluded.engine_state,
                            strength = excluded.strength,
                            strength_through = excluded.strength_through,
                            strength_day_before = excluded.strength_day_before,
                            strength_repetitions = excluded.strength_repetitions,
                            strength_amounts = excluded.strength_amounts,
                            before_last_day = excluded.before_last_day,
                            updated_at = excluded.updated_at""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .bind("version", Engine.VERSION)
                .bind("state", JsonColumn.write(progress.engine()))
                .bind("strength", progress.strength().value())
                .bind("strengthThrough", progress.strength().through())
                .bind("strengthDayBefore", progress.strength().dayBefore())
                .bind("strengthRepetitions", progress.strength().repetitions())
                .bind("strengthAmounts", progress.strength().amounts().isEmpty() ? null
                        : JsonColumn.write(progress.strength().amounts()))
                .bind("beforeLastDay", kept.beforeLastDay() == null ? null : JsonColumn.write(kept.beforeLastDay()))
                .bind("now", now)
                .execute();
    }

    private static Optional<KeptProgress> keptIn(ResultSet rs, LocalDate day) throws SQLException {
        Optional<StepProgress> latest = progress(rs);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        String before = latest.get().canAppend(day) ? null : rs.getString("before_last_day");
        return Optional.of(new KeptProgress(latest.get(),
                before == null ? null : JsonColumn.read(before, StepProgress.class)));
    }

    /** The kept progress in a row with its seven progress columns: none when there is no row or it is stale. */
    static Optional<StepProgress> progress(ResultSet rs) throws SQLException {
        int version = rs.getInt("engine_version");
        if (rs.wasNull() || version != Engine.VERSION) {
            return Optional.empty();
        }
        String amounts = rs.getString("strength_amounts");
        Strength strength = new Strength(rs.getDouble("strength"), Columns.day(rs, "strength_through"),
                rs.getDouble("strength_day_before"), rs.getLong("strength_repetitions"),
                amounts == null ? List.of() : JsonColumn.read(amounts, AMOUNTS));
        return Optional.of(new StepProgress(JsonColumn.read(rs.getString("engine_state"), STATE), strength));
    }
}
