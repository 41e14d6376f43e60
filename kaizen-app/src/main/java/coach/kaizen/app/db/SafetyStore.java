package coach.kaizen.app.db;

import coach.kaizen.core.recovery.EarnedStrength;
import coach.kaizen.core.recovery.SafetyPlan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** What a person keeps for hard moments: their safety plan and the strengths they have earned. */
public final class SafetyStore {

    private final Handle handle;
    private final PersonIds ids;

    SafetyStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    public Optional<SafetyPlan> plan(long userId) {
        return handle.createQuery("""
                        SELECT warning_signs, coping, distractions, helpers, professionals, safe_surroundings
                        FROM safety_plans WHERE user_id = :userId""")
                .bind("userId", userId)
                .map((rs, ctx) -> new SafetyPlan(rs.getString("warning_signs"), rs.getString("coping"),
                        rs.getString("distractions"), rs.getString("helpers"), rs.getString("professionals"),
                        rs.getString("safe_surroundings")))
                .findOne();
    }

    public void savePlan(long userId, SafetyPlan plan, Instant now) {
        handle.createUpdate("""
                        INSERT INTO safety_plans (user_id, warning_signs, coping, distractions, helpers, professionals,
                            safe_surroundings, updated_at)
                        VALUES (:userId, :warningSigns, :coping, :distractions, :helpers, :professionals,
                            :safeSurroundings, :now)
                        ON CONFLICT (user_id) DO UPDATE SET warning_signs = excluded.warning_signs,
                            coping = excluded.coping, distractions = excluded.distractions, helpers = excluded.helpers,
                            professionals = excluded.professionals, safe_surroundings = excluded.safe_surroundings,
                            updated_at = excluded.updated_at""")
                .bind("userId", userId)
                .bindMethods(plan)
                .bind("now", now)
                .execute();
    }

    public EarnedStrength addStrength(long userId, EarnedStrength strength, Instant now) {
        return handle.createQuery("INSERT INTO earned_strengths (user_id, id, name, evidence, created_at) "
                        + "VALUES (:userId, :id, :name, :evidence, :now) RETURNING id, name, evidence")
                .bind("userId", userId)
                .bind("id", ids.next("earned_strengths", userId))
                .bind("name", strength.name())
                .bind("evidence", strength.evidence())
                .bind("now", now)
                .map((rs, ctx) -> strength(rs))
                .one();
    }

    /** The person's strengths, in the order they named them. */
    public List<EarnedStrength> strengths(long userId) {
        return handle.createQuery("SELECT id, name, evidence FROM earned_strengths WHERE user_id = :userId ORDER BY id")
                .bind("userId", userId)
                .map((rs, ctx) -> strength(rs))
                .list();
    }

    /** False when the person has no such strength. */
    public boolean deleteStrength(long userId, long strengthId) {
        return handle.createUpdate("DELETE FROM earned_strengths WHERE user_id = :userId AND id = :id")
                .bind("userId", userId)
                .bind("id", strengthId)
                .execute() == 1;
    }

    private static EarnedStrength strength(ResultSet rs) throws SQLException {
        return new EarnedStrength(rs.getLong("id"), rs.getString("name"), rs.getString("evidence"));
    }
}
