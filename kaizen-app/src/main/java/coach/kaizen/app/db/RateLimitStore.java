package coach.kaizen.app.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Tries counted against a limit (wrong passwords, sign-ups), shared by every instance of the app.
 * Subjects arrive hashed: the table holds no username and no address.
 */
public final class RateLimitStore {

    private final Handle handle;

    RateLimitStore(Handle handle) {
        this.handle = handle;
    }

    /** How many tries were counted, and when the last one was. */
    public record Tries(int count, Instant last) {
    }

    public Optional<Tries> find(String kind, String subject) {
        return handle.createQuery("SELECT tries, last_at FROM rate_limits WHERE kind = :kind AND subject = :subject")
                .bind("kind", kind)
                .bind("subject", subject)
                .map((rs, ctx) -> new Tries(rs.getInt("tries"), Columns.instant(rs, "last_at")))
                .findOne();
    }

    /**
     * Counts one more try at {@code now}, in one statement so that instances counting at the same
     * moment never lose a try; a count whose last try is at or before {@code forgetBefore} starts again.
     */
    public Tries add(String kind, String subject, Instant now, Instant forgetBefore) {
        return handle.createQuery("""
                        INSERT INTO rate_limits AS r (kind, subject, tries, last_at)
                        VALUES (:kind, :subject, 1, :now)
                        ON CONFLICT (kind, subject) DO UPDATE
                        SET tries = CASE WHEN r.last_at <= :forgetBefore THEN 1 ELSE r.tries + 1 END,
                            last_at = :now
                        RETURNING tries, last_at""")
                .bind("kind", kind)
                .bind("subject", subject)
                .bind("now", now)
                .bind("forgetBefore", forgetBefore)
                .map((rs, ctx) -> new Tries(rs.getInt("tries"), Columns.instant(rs, "last_at")))
                .one();
    }

    public void forget(String kind, String subject) {
        handle.createUpdate("DELETE FROM rate_limits WHERE kind = :kind AND subject = :subject")
                .bind("kind", kind)
                .bind("subject", subject)
                .execute();
    }

    /** Forgets every count whose last try is at or before {@code before}. */
    public void forgetOlder(Instant before) {
        handle.createUpdate("DELETE FROM rate_limits WHERE last_at <= :before").bind("before", before).execute();
    }
}
