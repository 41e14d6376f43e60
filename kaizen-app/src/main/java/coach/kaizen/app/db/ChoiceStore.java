package coach.kaizen.app.db;

import coach.kaizen.core.progress.Choice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The smaller sizes a person chose for a step, kept in the order made so a replay makes them again. */
public final class ChoiceStore {

    private final Handle handle;
    private final PersonIds ids;

    ChoiceStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    public void add(long userId, long stepId, Choice choice, Instant now) {
        handle.createUpdate("""
                        INSERT INTO step_choices (user_id, id, step_id, day, size, created_at)
                        VALUES (:userId, :id, :stepId, :day, :size, :now)""")
                .bind("userId", userId)
                .bind("id", ids.next("step_choices", userId))
                .bind("stepId", stepId)
                .bind("day", choice.day())
                .bind("size", choice.size())
                .bind("now", now)
                .execute();
    }

    /** Removes the choices made for {@code day}; returns how many there were. */
    public int removeOn(long userId, long stepId, LocalDate day) {
        return handle.createUpdate("""
                        DELETE FROM step_choices
                        WHERE user_id = :userId AND step_id = :stepId AND day = :day""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .bind("day", day)
                .execute();
    }

    public List<Choice> history(long userId, long stepId) {
        return handle.createQuery("""
                        SELECT day, size FROM step_choices
                        WHERE user_id = :userId AND step_id = :stepId
                        ORDER BY day, id""")
                .bind("userId", userId)
                .bind("stepId", stepId)
                .map((rs, ctx) -> new Choice(Columns.day(rs, "day"), rs.getDouble("size")))
                .list();
    }
}
