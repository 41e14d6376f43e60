package coach.kaizen.app.db;

import coach.kaizen.core.loop.LoopHabit;
import coach.kaizen.core.loop.LoopImport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The Loop habit each of a person's imported steps came from; every query is scoped by their user id. */
public final class LoopStore {

    private final Handle handle;

    LoopStore(Handle handle) {
        this.handle = handle;
    }

    /** Each imported step's id and the habit it came from, oldest step first. */
    public Map<Long, LoopImport.Origin> origins(long userId) {
        Map<Long, LoopImport.Origin> origins = new LinkedHashMap<>();
        handle.createQuery("SELECT step_id, uuid, name, position FROM loop_habits WHERE user_id = :userId ORDER BY step_id")
                .bind("userId", userId)
                .map((rs, ctx) -> Map.entry(rs.getLong("step_id"),
                        new LoopImport.Origin(rs.getString("uuid"), rs.getString("name"), rs.getInt("position"))))
                .forEach(origin -> origins.put(origin.getKey(), origin.getValue()));
        return origins;
    }

    /** Keeps the habit's id, name and place, and its description, which steps have no place for. */
    public void save(long userId, long stepId, LoopHabit habit) {
        handle.createUpdate("""
                        INSERT INTO loop_habits (user_id, step_id, uuid, name, position, description)
                        VALUES (:userId, :stepId, :uuid, :name, :position, :description)""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .bind("uuid", habit.uuid())
                .bind("name", habit.name())
                .bind("position", habit.position())
                .bind("description", habit.description().isBlank() ? null : habit.description())
                .execute();
    }
}
