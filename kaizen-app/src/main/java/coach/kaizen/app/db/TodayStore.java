package coach.kaizen.app.db;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** What the Today page needs, in one query whatever the number of steps or the length of their history. */
public final class TodayStore {

    private final Handle handle;

    TodayStore(Handle handle) {
        this.handle = handle;
    }

    /** A step due on the day, with its aim, its kept progress (none before its first check-in) and the day's check-in. */
    public record StepOnDay(Step step, Aim aim, Optional<StepProgress> progress, Optional<CheckIn> checkIn) {
    }

    /** The day's steps and how the person said they were that day (unknown until they say, or with no steps). */
    public record Day(Readiness readiness, List<StepOnDay> steps) {
    }

    public Day day(long userId, LocalDate day) {
        List<Row> rows = handle.createQuery("""
                        SELECT s.id, s.aim_id, s.action, s.amount, s.unit, s.quantum, s.floor, s.ceiling, s.anchor,
                               s.schedule, s.rungs, s.start_day, s.measure_kind, s.measure_target,
                               a.title AS aim_title, a.kind AS aim_kind,
                               a.identity AS aim_identity,
                               p.engine_version, p.engine_state, p.strength, p.strength_through,
                               p.strength_day_before, p.strength_repetitions, p.strength_amounts,
                               c.outcome AS day_outcome, c.amount AS day_amount, c.resistance AS day_resistance,
                               c.note AS day_note,
                               r.energy AS day_energy, r.stress AS day_stress, r.craving AS day_craving,
                               r.not_safe AS day_not_safe
                        FROM steps s
                        JOIN aims a ON a.user_id = s.user_id AND a.id = s.aim_id
                        LEFT JOIN step_progress p ON p.user_id = s.user_id AND p.step_id = s.id
                        LEFT JOIN check_ins c ON c.user_id = s.user_id AND c.step_id = s.id AND c.day = :day
                        LEFT JOIN readiness r ON r.user_id = s.user_id AND r.day = :day
                        WHERE s.user_id = :userId AND s.start_day <= :day AND NOT s.archived
                        ORDER BY a.id, s.id""")
                .bind("userId", userId)
                .bind("day", day)
                .map((rs, ctx) -> new Row(stepOnDay(rs, day), ReadinessStore.readiness(rs, "day_")))
                .list();
        Readiness readiness = rows.isEmpty() ? Readiness.UNKNOWN : rows.get(0).readiness();
        return new Day(readiness, rows.stream().map(Row::step).toList());
    }

    private record Row(StepOnDay step, Readiness readiness) {
    }

    private static StepOnDay stepOnDay(ResultSet rs, LocalDate day) throws SQLException {
        Step step = StepStore.step(rs);
        Aim aim = new Aim(step.aimId(), rs.getString("aim_title"), Columns.enumOf(rs, "aim_kind", AimKind.class),
                rs.getString("aim_identity"));
        Optional<StepProgress> progress = ProgressStore.progress(rs);
        Outcome outcome = Columns.enumOf(rs, "day_outcome", Outcome.class);
        Optional<CheckIn> checkIn = outcome == null ? Optional.empty() : Optional.of(new CheckIn(day, outcome,
                Columns.decimal(rs, "day_amount"), Columns.integer(rs, "day_resistance"), rs.getString("day_note")));
        return new StepOnDay(step, aim, progress, checkIn);
    }
}
