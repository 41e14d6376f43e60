package coach.kaizen.app.db;

import coach.kaizen.core.experiment.Experiment;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The experiments a person runs on their steps, kept with their verdicts as the steps' history. */
public final class ExperimentStore {

    private static final String COLUMNS = "id, step_id, kind, change, start_day, days, verdict, decided_on";

    private final Handle handle;
    private final PersonIds ids;

    ExperimentStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    public Experiment start(long userId, long stepId, ExperimentKind kind, String change, LocalDate startDay, int days,
            Instant now) {
        return handle.createQuery("INSERT INTO experiments (user_id, id, step_id, kind, change, start_day, days, created_at) "
                        + "VALUES (:userId, :id, :stepId, :kind, :change, :startDay, :days, :now) RETURNING " + COLUMNS)
                .bind("userId", userId)
                .bind("id", ids.next("experiments", userId))
                .bind("stepId", stepId)
                .bind("kind", kind)
                .bind("change", change)
                .bind("startDay", startDay)
                .bind("days", days)
                .bind("now", now)
                .map((rs, ctx) -> experiment(rs))
                .one();
    }

    public Optional<Experiment> find(long userId, long experimentId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM experiments WHERE user_id = :userId AND id = :id")
                .bind("userId", userId)
                .bind("id", experimentId)
                .map((rs, ctx) -> experiment(rs))
                .findOne();
    }

    /** The person's experiments, newest first. */
    public List<Experiment> list(long userId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM experiments WHERE user_id = :userId "
                        + "ORDER BY start_day DESC, id DESC")
                .bind("userId", userId)
                .map((rs, ctx) -> experiment(rs))
                .list();
    }

    public void decide(long userId, long experimentId, Verdict verdict, LocalDate today) {
        handle.createUpdate("""
                        UPDATE experiments SET verdict = :verdict, decided_on = :today
                        WHERE user_id = :userId AND id = :id""")
                .bind("userId", userId)
                .bind("id", experimentId)
                .bind("verdict", verdict)
                .bind("today", today)
                .execute();
    }

    private static Experiment experiment(ResultSet rs) throws SQLException {
        return new Experiment(rs.getLong("id"), rs.getLong("step_id"), Columns.enumOf(rs, "kind", ExperimentKind.class),
                rs.getString("change"), Columns.day(rs, "start_day"), rs.getInt("days"),
                Columns.enumOf(rs, "verdict", Verdict.class), Columns.day(rs, "decided_on"));
    }
}
