package coach.kaizen.app.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Idempotency keys: each kept with a fingerprint of the request it first came with and the answer
 * that request got, so a repeat is answered the same without being saved again. Scoped by user id.
 */
public final class IdempotencyStore {

    private final Handle handle;

    IdempotencyStore(Handle handle) {
        this.handle = handle;
    }

    /** What a key was first sent with, and the answer it got. */
    public record Kept<T>(String fingerprint, T answer) {
    }

    public <T> Optional<Kept<T>> find(long userId, String key, Class<T> answerType) {
        return handle.createQuery("""
                        SELECT fingerprint, answer FROM idempotency_keys
                        WHERE user_id = :userId AND idem_key = :key""")
                .bind("userId", userId)
                .bind("key", key)
                .map((rs, ctx) -> new Kept<>(rs.getString("fingerprint"),
                        JsonColumn.read(rs.getString("answer"), answerType)))
                .findOne();
    }

    /** Keeps the key with its answer; false (and nothing kept) when the person already has this key. */
    public boolean keep(long userId, String key, String fingerprint, Object answer, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO idempotency_keys (user_id, idem_key, fingerprint, answer, created_at)
                        VALUES (:userId, :key, :fingerprint, :answer, :now)
                        ON CONFLICT (user_id, idem_key) DO NOTHING""")
                .bind("userId", userId)
                .bind("key", key)
                .bind("fingerprint", fingerprint)
                .bind("answer", JsonColumn.write(answer))
                .bind("now", now)
                .execute() == 1;
    }

    /** Forgets the person's keys kept before {@code cutoff}; returns how many. */
    public int forgetBefore(long userId, Instant cutoff) {
        return handle.createUpdate("DELETE FROM idempotency_keys WHERE user_id = :userId AND created_at < :cutoff")
                .bind("userId", userId)
                .bind("cutoff", cutoff)
                .execute();
    }
}
