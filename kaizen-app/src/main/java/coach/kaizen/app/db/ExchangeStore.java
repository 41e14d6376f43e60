package coach.kaizen.app.db;

import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.exchange.KaizenDocument;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.obstacle.ObstacleStatus;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.step.Measure;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A person's whole account as rows of a {@link KaizenDocument} (with the database's own ids),
 * read for an export and added to by an import. Every query is scoped by their user id. What
 * is derived ({@code step_progress}) and what is of signing in (password, sessions, tokens) is
 * never read here.
 */
public final class ExchangeStore {

    private static final TypeReference<List<String>> RUNGS = new TypeReference<>() { };

    private final Handle handle;
    private final PersonIds ids;

    ExchangeStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    /** Everything of the person's, oldest first within each kind; format, version and date are the caller's. */
    public KaizenDocument account(long userId) {
        return new KaizenDocument(null, null, null, settings(userId),
                list(userId, "SELECT id, title, kind, identity, counter_from, created_at FROM aims", "id",
                        ExchangeStore::aim),
                withReminders(userId, list(userId, """
                        SELECT s.id, s.aim_id, s.action, s.amount, s.unit, s.quantum, s.floor, s.ceiling, s.rungs,
                               s.anchor, s.schedule, s.start_day, s.measure_kind, s.measure_target, s.archived,
                               s.created_at, l.step_id AS loop_step, l.uuid, l.name, l.position, l.description
                        FROM steps s LEFT JOIN loop_habits l ON l.user_id = s.user_id AND l.step_id = s.id""",
                        "s.id", ExchangeStore::step)),
                list(userId, "SELECT step_id, day, outcome, amount, resistance, note, created_at, updated_at "
                        + "FROM check_ins", "id", (rs, ctx) -> new KaizenDocument.CheckIn(rs.getLong("step_id"),
                        Columns.day(rs, "day"), Columns.enumOf(rs, "outcome", Outcome.class),
                        Columns.decimal(rs, "amount"), Columns.integer(rs, "resistance"), rs.getString("note"),
                        Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"))),
                list(userId, "SELECT step_id, day, size, created_at FROM step_choices", "id",
                        (rs, ctx) -> new KaizenDocument.StepChoice(rs.getLong("step_id"), Columns.day(rs, "day"),
                                rs.getDouble("size"), Columns.instant(rs, "created_at"))),
                list(userId, "SELECT day, energy, stress, craving, not_safe, updated_at FROM readiness", "day",
                        (rs, ctx) -> new KaizenDocument.ReadinessDay(Columns.day(rs, "day"),
                                Columns.integer(rs, "energy"), Columns.integer(rs, "stress"),
                                Columns.integer(rs, "craving"), rs.getBoolean("not_safe"),
                                Columns.instant(rs, "updated_at"))),
                list(userId, "SELECT day, parts, done, question_id, started_at, finished_at FROM daily_sessions",
                        "day", (rs, ctx) -> new KaizenDocument.DailySession(Columns.day(rs, "day"),
                                rs.getString("parts") == null ? null : codes(rs.getString("parts")),
                                codes(rs.getString("done")), rs.getString("question_id"),
                                Columns.instant(rs, "started_at"), Columns.instant(rs, "finished_at"))),
                list(userId, "SELECT day, question_id, question_text, aim_id, answer, created_at FROM journal_entries",
                        "id", (rs, ctx) -> new KaizenDocument.JournalEntry(Columns.day(rs, "day"),
                                rs.getString("question_id"), rs.getString("question_text"), Columns.id(rs, "aim_id"),
                                rs.getString("answer"), Columns.instant(rs, "created_at"))),
                list(userId, "SELECT aim_id, text, status, added_on, focus_since, removed_on FROM obstacles", "id",
                        (rs, ctx) -> new KaizenDocument.Obstacle(rs.getLong("aim_id"), rs.getString("text"),
                                Columns.enumOf(rs, "status", ObstacleStatus.class), Columns.day(rs, "added_on"),
                                Columns.day(rs, "focus_since"), Columns.day(rs, "removed_on"))),
                list(userId, "SELECT step_id, kind, change, start_day, days, verdict, decided_on, created_at "
                        + "FROM experiments", "id", (rs, ctx) -> new KaizenDocument.Experiment(rs.getLong("step_id"),
                        Columns.enumOf(rs, "kind", ExperimentKind.class), rs.getString("change"),
                        Columns.day(rs, "start_day"), rs.getInt("days"), Columns.enumOf(rs, "verdict", Verdict.class),
                        Columns.day(rs, "decided_on"), Columns.instant(rs, "created_at"))),
                list(userId, "SELECT aim_id, day, kind, text, created_at FROM recovery_actions", "id",
                        (rs, ctx) -> new KaizenDocument.RecoveryWin(rs.getLong("aim_id"), Columns.day(rs, "day"),
                                Columns.enumOf(rs, "kind", RecoveryActionKind.class), rs.getString("text"),
                                Columns.instant(rs, "created_at"))),
                list(userId, "SELECT aim_id, day, intensity, trigger, place, helped, passed, created_at FROM urges",
                        "id", (rs, ctx) -> new KaizenDocument.Urge(rs.getLong("aim_id"), Columns.day(rs, "day"),
                                rs.getInt("intensity"), rs.getString("trigger"), rs.getString("place"),
                                rs.getString("helped"), rs.getBoolean("passed"), Columns.instant(rs, "created_at"))),
                list(userId, "SELECT aim_id, day, place, happening, feeling, next_time, confidence, created_at "
                        + "FROM slips", "id", (rs, ctx) -> new KaizenDocument.Slip(rs.getLong("aim_id"),
                        Columns.day(rs, "day"), rs.getString("place"), rs.getString("happening"),
                        rs.getString("feeling"), rs.getString("next_time"), Columns.integer(rs, "confidence"),
                        Columns.instant(rs, "created_at"))),
                list(userId, "SELECT aim_id, money_per_day, currency, minutes_per_day, updated_at FROM not_spent",
                        "aim_id", (rs, ctx) -> new KaizenDocument.NotSpent(rs.getLong("aim_id"),
                                rs.getBigDecimal("money_per_day"), rs.getString("currency"),
                                Columns.integer(rs, "minutes_per_day"), Columns.instant(rs, "updated_at"))),
                list(userId, "SELECT warning_signs, coping, distractions, helpers, professionals, safe_surroundings, "
                        + "updated_at FROM safety_plans", "user_id", (rs, ctx) -> new KaizenDocument.SafetyPlan(
                        rs.getString("warning_signs"), rs.getString("coping"), rs.getString("distractions"),
                        rs.getString("helpers"), rs.getString("professionals"), rs.getString("safe_surroundings"),
                        Columns.instant(rs, "updated_at"))).stream().findFirst().orElse(null),
                list(userId, "SELECT name, evidence, created_at FROM earned_strengths", "id",
                        (rs, ctx) -> new KaizenDocument.Strength(rs.getString("name"), rs.getString("evidence"),
                                Columns.instant(rs, "created_at"))));
    }

    private KaizenDocument.Settings settings(long userId) {
        return handle.createQuery("""
                        SELECT u.time_zone, u.day_start_hour, u.week_start, u.language, u.country, u.theme,
                               r.quiet_from, r.quiet_to, r.session_at
                        FROM users u LEFT JOIN reminder_settings r ON r.user_id = u.id
                        WHERE u.id = :userId""")
                .bind("userId", userId)
                .map((rs, ctx) -> new KaizenDocument.Settings(rs.getString("time_zone"), rs.getInt("day_start_hour"),
                        rs.getString("week_start"), rs.getString("language"), rs.getString("country"),
                        rs.getString("theme"), rs.getString("quiet_from") == null ? null
                                : new KaizenDocument.Quiet(rs.getString("quiet_from"), rs.getString("quiet_to")),
                        rs.getString("session_at")))
                .one();
    }

    /** The steps, each with its reminder times in the day's order. */
    private List<KaizenDocument.Step> withReminders(long userId, List<KaizenDocument.Step> steps) {
        Map<Long, List<String>> times = new HashMap<>();
        handle.createQuery("SELECT step_id, at FROM step_reminders WHERE user_id = :userId ORDER BY step_id, at")
                .bind("userId", userId)
                .map((rs, ctx) -> Map.entry(rs.getLong("step_id"), rs.getString("at")))
                .forEach(row -> times.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        return steps.stream().map(step -> step.withReminders(times.get(step.id()))).toList();
    }

    /** {@code select}'s rows of the person (the table's first, or its alias's), in {@code order}. */
    private <T> List<T> list(long userId, String select, String order, RowMapper<T> row) {
        String owner = order.contains(".") ? order.substring(0, order.indexOf('.') + 1) : "";
        return handle.createQuery(select + " WHERE " + owner + "user_id = :userId ORDER BY " + order)
                .bind("userId", userId)
                .map(row)
                .list();
    }

    private static KaizenDocument.Aim aim(ResultSet rs, StatementContext ctx)
            throws SQLException {
        return new KaizenDocument.Aim(rs.getLong("id"), rs.getString("title"),
                Columns.enumOf(rs, "kind", AimKind.class), rs.getString("identity"), Columns.day(rs, "counter_from"),
                Columns.instant(rs, "created_at"));
    }

    private static KaizenDocument.Step step(ResultSet rs, StatementContext ctx)
            throws SQLException {
        Measure.Kind kind = Columns.enumOf(rs, "measure_kind", Measure.Kind.class);
        KaizenDocument.Measure measure = kind == null ? null
                : new KaizenDocument.Measure(kind, rs.getDouble("measure_target"));
        KaizenDocument.LoopOrigin loop = Columns.id(rs, "loop_step") == null ? null
                : new KaizenDocument.LoopOrigin(rs.getString("uuid"), rs.getString("name"), rs.getInt("position"),
                        rs.getString("description"));
        String rungs = rs.getString("rungs");
        return new KaizenDocument.Step(rs.getLong("id"), rs.getLong("aim_id"), rs.getString("action"),
                rs.getDouble("amount"), rs.getString("unit"), rs.getDouble("quantum"), rs.getDouble("floor"),
                Columns.decimal(rs, "ceiling"), rungs == null ? null : JsonColumn.read(rungs, RUNGS),
                rs.getString("anchor"), rs.getString("schedule"), null, Columns.day(rs, "start_day"), measure,
                rs.getBoolean("archived"), loop, Columns.instant(rs, "created_at"));
    }

    private static List<String> codes(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String joined(List<String> codes) {
        return codes == null ? null : String.join(",", codes);
    }

    /** Adds the aim; its new id. */
    public long addAim(long userId, KaizenDocument.Aim aim) {
        return handle.createQuery("""
                        INSERT INTO aims (user_id, id, title, kind, identity, counter_from, created_at)
                        VALUES (:userId, :id, :title, :kind, :identity, :counterFrom, :createdAt) RETURNING id""")
                .bind("userId", userId)
                .bind("id", ids.next("aims", userId))
                .bindMethods(aim)
                .mapTo(Long.class)
                .one();
    }

    /** Adds the step (on an aim of the person's, already moved to its id here), with its Loop origin; its new id. */
    public long addStep(long userId, KaizenDocument.Step step) {
        long id = handle.createQuery("""
                        INSERT INTO steps (user_id, id, aim_id, action, amount, unit, quantum, floor, ceiling, rungs,
                                           anchor, schedule, start_day, measure_kind, measure_target, archived, created_at)
                        SELECT user_id, :id, id, :action, :amount, :unit, :quantum, :floor, :ceiling, :rungs, :anchor,
                               :schedule, :startDay, :measureKind, :measureTarget, :archived, :createdAt
                        FROM aims WHERE id = :aim AND user_id = :userId
                        RETURNING id""")
                .bind("userId", userId)
                .bind("id", ids.next("steps", userId))
                .bindMethods(step)
                .bind("rungs", step.rungs() == null ? null : JsonColumn.write(step.rungs()))
                .bind("measureKind", step.measure() == null ? null : step.measure().kind().name())
                .bind("measureTarget", step.measure() == null ? null : step.measure().target())
                .bind("archived", step.isArchived())
                .mapTo(Long.class)
                .one();
        if (step.loop() != null) {
            handle.createUpdate("""
                            INSERT INTO loop_habits (user_id, step_id, uuid, name, position, description)
                            VALUES (:userId, :stepId, :uuid, :name, :position, :description)""")
                    .bind("userId", userId)
                    .bind("stepId", id)
                    .bindMethods(step.loop())
                    .execute();
        }
        return id;
    }

    public void addCheckIns(long userId, List<KaizenDocument.CheckIn> checkIns) {
        numbered(userId, "check_ins", checkIns, """
                INSERT INTO check_ins (user_id, id, step_id, day, outcome, amount, resistance, note, created_at, updated_at)
                VALUES (:userId, :id, :step, :day, :outcome, :amount, :resistance, :note, :createdAt, :updatedAt)""");
    }

    public void addStepChoices(long userId, List<KaizenDocument.StepChoice> choices) {
        numbered(userId, "step_choices", choices, """
                INSERT INTO step_choices (user_id, id, step_id, day, size, created_at)
                VALUES (:userId, :id, :step, :day, :size, :createdAt)""");
    }

    public void addReadiness(long userId, List<KaizenDocument.ReadinessDay> days) {
        add(userId, days, """
                INSERT INTO readiness (user_id, day, energy, stress, craving, not_safe, updated_at)
                VALUES (:userId, :day, :energy, :stress, :craving, :isNotSafe, :updatedAt)""");
    }

    public void addDailySessions(long userId, List<KaizenDocument.DailySession> sessions) {
        for (KaizenDocument.DailySession session : sessions) {
            handle.createUpdate("""
                            INSERT INTO daily_sessions (user_id, day, parts, done, question_id, started_at, finished_at)
                            VALUES (:userId, :day, :partCodes, :doneCodes, :questionId, :startedAt, :finishedAt)""")
                    .bind("userId", userId)
                    .bindMethods(session)
                    .bind("partCodes", joined(session.parts()))
                    .bind("doneCodes", session.done() == null ? "" : joined(session.done()))
                    .execute();
        }
    }

    public void addJournal(long userId, List<KaizenDocument.JournalEntry> entries) {
        numbered(userId, "journal_entries", entries, """
                INSERT INTO journal_entries (user_id, id, day, question_id, question_text, aim_id, answer, created_at)
                VALUES (:userId, :id, :day, :questionId, :questionText, :aim, :answer, :createdAt)""");
    }

    public void addObstacles(long userId, List<KaizenDocument.Obstacle> obstacles) {
        numbered(userId, "obstacles", obstacles, """
                INSERT INTO obstacles (user_id, id, aim_id, text, status, added_on, focus_since, removed_on)
                VALUES (:userId, :id, :aim, :text, :status, :addedOn, :focusSince, :removedOn)""");
    }

    public void addExperiments(long userId, List<KaizenDocument.Experiment> experiments) {
        numbered(userId, "experiments", experiments, """
                INSERT INTO experiments (user_id, id, step_id, kind, change, start_day, days, verdict, decided_on,
                                         created_at)
                VALUES (:userId, :id, :step, :kind, :change, :startDay, :days, :verdict, :decidedOn, :createdAt)""");
    }

    public void addRecoveryWins(long userId, List<KaizenDocument.RecoveryWin> wins) {
        numbered(userId, "recovery_actions", wins, """
                INSERT INTO recovery_actions (user_id, id, aim_id, day, kind, text, created_at)
                VALUES (:userId, :id, :aim, :day, :kind, :text, :createdAt)""");
    }

    public void addUrges(long userId, List<KaizenDocument.Urge> urges) {
        numbered(userId, "urges", urges, """
                INSERT INTO urges (user_id, id, aim_id, day, intensity, trigger, place, helped, passed, created_at)
                VALUES (:userId, :id, :aim, :day, :intensity, :trigger, :place, :helped, :passed, :createdAt)""");
    }

    public void addSlips(long userId, List<KaizenDocument.Slip> slips) {
        numbered(userId, "slips", slips, """
                INSERT INTO slips (user_id, id, aim_id, day, place, happening, feeling, next_time, confidence, created_at)
                VALUES (:userId, :id, :aim, :day, :place, :happening, :feeling, :nextTime, :confidence, :createdAt)""");
    }

    public void addNotSpent(long userId, List<KaizenDocument.NotSpent> costs) {
        for (KaizenDocument.NotSpent cost : costs) {
            handle.createUpdate("""
                            INSERT INTO not_spent (user_id, aim_id, money_per_day, currency, minutes_per_day, updated_at)
                            VALUES (:userId, :aim, :money, :currency, :minutesPerDay, :updatedAt)""")
                    .bind("userId", userId)
                    .bindMethods(cost)
                    .bind("money", cost.cost().money())
                    .execute();
        }
    }

    public void addSafetyPlan(long userId, KaizenDocument.SafetyPlan plan) {
        add(userId, List.of(plan), """
                INSERT INTO safety_plans (user_id, warning_signs, coping, distractions, helpers, professionals,
                                          safe_surroundings, updated_at)
                VALUES (:userId, :warningSigns, :coping, :distractions, :helpers, :professionals, :safeSurroundings,
                        :updatedAt)""");
    }

    public void addStrengths(long userId, List<KaizenDocument.Strength> strengths) {
        numbered(userId, "earned_strengths", strengths, """
                INSERT INTO earned_strengths (user_id, id, name, evidence, created_at)
                VALUES (:userId, :id, :name, :evidence, :createdAt)""");
    }

    /** Each entry inserted with its fields bound by name. */
    private void add(long userId, List<?> entries, String insert) {
        for (Object entry : entries) {
            handle.createUpdate(insert).bind("userId", userId).bindMethods(entry).execute();
        }
    }

    /** As {@link #add}, each entry with the next of the person's ids in {@code table} bound as {@code :id}. */
    private void numbered(long userId, String table, List<?> entries, String insert) {
        long id = entries.isEmpty() ? 0 : ids.reserve(table, userId, entries.size());
        for (Object entry : entries) {
            handle.createUpdate(insert).bind("userId", userId).bind("id", id++).bindMethods(entry).execute();
        }
    }
}
