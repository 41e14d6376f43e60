package coach.kaizen.app.db;

import coach.kaizen.core.step.Measure;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** A person's steps; every query is scoped by their user id. */
public final class StepStore {

    private static final String COLUMNS =
            "id, aim_id, action, amount, unit, quantum, floor, ceiling, anchor, schedule, rungs, start_day, measure_kind, "
                    + "measure_target";
    private static final TypeReference<List<String>> RUNGS = new TypeReference<>() { };

    private final Handle handle;
    private final Dialect dialect;
    private final PersonIds ids;

    StepStore(Handle handle, Dialect dialect, PersonIds ids) {
        this.handle = handle;
        this.dialect = dialect;
        this.ids = ids;
    }

    /** Empty when the person has no such aim. */
    public Optional<Step> create(long userId, long aimId, StepDraft draft, LocalDate startDay, Instant now) {
        return withDraft(handle.createQuery("""
                        INSERT INTO steps (user_id, id, aim_id, action, amount, unit, quantum, floor, ceiling, anchor,
                                           schedule, rungs, start_day, created_at)
                        SELECT user_id, :id, id, :action, :amount, :unit, :quantum, :floor, :ceiling, :anchor,
                               :schedule, :rungs, :startDay, :now
                        FROM aims WHERE id = :aimId AND user_id = :userId
                        RETURNING\s""" + COLUMNS), draft)
                .bind("userId", userId)
                .bind("id", ids.next("steps", userId))
                .bind("aimId", aimId)
                .bind("startDay", startDay)
                .bind("now", now)
                .map((rs, ctx) -> step(rs))
                .findOne();
    }

    /** Changes what the step is and how it is sized; empty when the person has no such step. */
    public Optional<Step> update(long userId, long stepId, StepDraft draft) {
        return withDraft(handle.createQuery("""
                        UPDATE steps SET action = :action, amount = :amount, unit = :unit, quantum = :quantum,
                                         floor = :floor, ceiling = :ceiling, anchor = :anchor, schedule = :schedule,
                                         rungs = :rungs
                        WHERE id = :stepId AND user_id = :userId
                        RETURNING\s""" + COLUMNS), draft)
                .bind("stepId", stepId)
                .bind("userId", userId)
                .map((rs, ctx) -> step(rs))
                .findOne();
    }

    private static Query withDraft(Query query, StepDraft draft) {
        Sizing sizing = draft.sizing();
        return query.bind("action", draft.action())
                .bind("amount", sizing.start())
                .bind("unit", sizing.unit())
                .bind("quantum", sizing.quantum())
                .bind("floor", sizing.floor())
                .bind("ceiling", sizing.ceiling())
                .bind("anchor", draft.anchor())
                .bind("schedule", draft.schedule().code())
                .bind("rungs", sizing.isLadder() ? JsonColumn.write(sizing.rungs()) : null);
    }

    /** Deletes the step with its check-ins; false when the person has no such step. */
    public boolean delete(long userId, long stepId) {
        return handle.createUpdate("DELETE FROM steps WHERE id = :stepId AND user_id = :userId")
                .bind("stepId", stepId)
                .bind("userId", userId)
                .execute() == 1;
    }

    public Optional<Step> find(long userId, long stepId) {
        return findOne(userId, stepId, "");
    }

    /** A step brought over from Loop: scored as Loop scores it when measured, and off Today when archived. */
    public Step markFromLoop(long userId, Step step, Measure measure, boolean archived) {
        handle.createUpdate("""
                        UPDATE steps SET measure_kind = :kind, measure_target = :target, archived = :archived
                        WHERE id = :stepId AND user_id = :userId""")
                .bind("kind", measure == null ? null : measure.kind().name())
                .bind("target", measure == null ? null : measure.target())
                .bind("archived", archived)
                .bind("stepId", step.id())
                .bind("userId", userId)
                .execute();
        return new Step(step.id(), step.aimId(), step.action(), step.sizing(), step.anchor(), step.schedule(),
                step.startDay(), measure);
    }

    /** The ids of the person's archived steps: kept, with their days, but not on Today. */
    public List<Long> archived(long userId) {
        return handle.createQuery("SELECT id FROM steps WHERE user_id = :userId AND archived ORDER BY id")
                .bind("userId", userId)
                .mapTo(Long.class)
                .list();
    }

    /** Sets the step aside (off Today, no reminders, its days kept) or brings it back; false when there is none. */
    public boolean setArchived(long userId, long stepId, boolean archived) {
        return handle.createUpdate("UPDATE steps SET archived = :archived WHERE id = :stepId AND user_id = :userId")
                .bind("archived", archived)
                .bind("stepId", stepId)
                .bind("userId", userId)
                .execute() == 1;
    }

    /** A kept experiment's anchor becomes the step's. */
    public void changeAnchor(long userId, long stepId, String anchor) {
        handle.createUpdate("UPDATE steps SET anchor = :anchor WHERE id = :stepId AND user_id = :userId")
                .bind("anchor", anchor)
                .bind("stepId", stepId)
                .bind("userId", userId)
                .execute();
    }

    /** Finds the step and holds it until the transaction ends, so its check-ins are recorded one at a time. */
    public Optional<Step> findForUpdate(long userId, long stepId) {
        return findOne(userId, stepId, dialect.lockRows());
    }

    private Optional<Step> findOne(long userId, long stepId, String lock) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM steps WHERE id = :stepId AND user_id = :userId" + lock)
                .bind("stepId", stepId)
                .bind("userId", userId)
                .map((rs, ctx) -> step(rs))
                .findOne();
    }

    public List<Step> list(long userId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM steps WHERE user_id = :userId ORDER BY id")
                .bind("userId", userId)
                .map((rs, ctx) -> step(rs))
                .list();
    }

    public List<Step> listForAim(long userId, long aimId) {
        return handle.createQuery(
                        "SELECT " + COLUMNS + " FROM steps WHERE user_id = :userId AND aim_id = :aimId ORDER BY id")
                .bind("userId", userId)
                .bind("aimId", aimId)
                .map((rs, ctx) -> step(rs))
                .list();
    }

    /** Moves the first day of every step that starts after {@code day} back to it; how many moved. */
    public int startNoLaterThan(long userId, LocalDate day) {
        return handle.createUpdate("UPDATE steps SET start_day = :day WHERE user_id = :userId AND start_day > :day")
                .bind("userId", userId)
                .bind("day", day)
                .execute();
    }

    static Step step(ResultSet rs) throws SQLException {
        Sizing sizing = new Sizing(rs.getDouble("amount"), rs.getString("unit"), rs.getDouble("quantum"),
                rs.getDouble("floor"), Columns.decimal(rs, "ceiling"), rungs(rs.getString("rungs")));
        Measure.Kind kind = Columns.enumOf(rs, "measure_kind", Measure.Kind.class);
        Measure measure = kind == null ? null : new Measure(kind, rs.getDouble("measure_target"));
        return new Step(rs.getLong("id"), rs.getLong("aim_id"), rs.getString("action"), sizing,
                rs.getString("anchor"), Schedule.parse(rs.getString("schedule")), Columns.day(rs, "start_day"),
                measure);
    }

    private static List<String> rungs(String json) {
        return json == null ? List.of() : JsonColumn.read(json, RUNGS);
    }
}
