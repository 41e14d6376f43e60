package coach.kaizen.app.db;

import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.engine.Event;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.strength.Strength;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Each step's derived progress (engine state and strength), kept so a check-in need not replay history. */
public final class ProgressStore {

    private final Handle handle;

    ProgressStore(Handle handle) {
        this.handle = handle;
    }

    public Optional<StepProgress> find(long userId, long stepId) {
        return handle.createQuery("""
                        SELECT level, last_size, last_day, last_event, last_resistance, easy_run, done_run, miss_run,
                               strength, strength_through, strength_day_before
                        FROM step_progress WHERE user_id = :userId AND step_id = :stepId""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .map((rs, ctx) -> progress(rs))
                .findOne();
    }

    public void save(long userId, long stepId, StepProgress progress, Instant now) {
        EngineState engine = progress.engine();
        handle.createUpdate("""
                        INSERT INTO step_progress (user_id, step_id, level, last_size, last_day, last_event,
                                                   last_resistance, easy_run, done_run, miss_run, strength,
                                                   strength_through, strength_day_before, updated_at)
                        VALUES (:userId, :stepId, :level, :lastSize, :lastDay, :lastEvent, :lastResistance,
                                :easyRun, :doneRun, :missRun, :strength, :strengthThrough, :strengthDayBefore, :now)
                        ON CONFLICT (user_id, step_id) DO UPDATE SET
                            level = excluded.level,
                            last_size = excluded.last_size,
                            last_day = excluded.last_day,
                            last_event = excluded.last_event,
                            last_resistance = excluded.last_resistance,
                            easy_run = excluded.easy_run,
                            done_run = excluded.done_run,
                            miss_run = excluded.miss_run,
                            strength = excluded.strength,
                            strength_through = excluded.strength_through,
                            strength_day_before = excluded.strength_day_before,
                            updated_at = excluded.updated_at""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .bind("level", engine.level())
                .bind("lastSize", engine.lastSize())
                .bind("lastDay", engine.lastDay())
                .bind("lastEvent", engine.lastEvent())
                .bind("lastResistance", engine.lastResistance())
                .bind("easyRun", engine.easyRun())
                .bind("doneRun", engine.doneRun())
                .bind("missRun", engine.missRun())
                .bind("strength", progress.strength().value())
                .bind("strengthThrough", progress.strength().through())
                .bind("strengthDayBefore", progress.strength().dayBefore())
                .bind("now", now)
                .execute();
    }

    static StepProgress progress(ResultSet rs) throws SQLException {
        EngineState engine = new EngineState(rs.getDouble("level"), Columns.decimal(rs, "last_size"),
                Columns.day(rs, "last_day"), Columns.enumOf(rs, "last_event", Event.class),
                Columns.integer(rs, "last_resistance"), rs.getInt("easy_run"), rs.getInt("done_run"),
                rs.getInt("miss_run"));
        return new StepProgress(engine, new Strength(rs.getDouble("strength"), Columns.day(rs, "strength_through"),
                rs.getDouble("strength_day_before")));
    }
}
