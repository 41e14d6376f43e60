package coach.kaizen.app.db;

import coach.kaizen.core.person.Person;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Personal access tokens for API clients; only their hashes are kept. */
public final class TokenStore {

    private final Handle handle;

    TokenStore(Handle handle) {
        this.handle = handle;
    }

    /** A token as listed: never the secret itself, which is shown once when it is made. */
    public record ApiToken(long id, String name, Instant createdAt) {
    }

    public ApiToken create(long userId, String name, String tokenHash, Instant now) {
        return handle.createQuery("""
                        INSERT INTO api_tokens (user_id, name, token_hash, created_at)
                        VALUES (:userId, :name, :tokenHash, :now)
                        RETURNING id, name, created_at""")
                .bind("userId", userId)
                .bind("name", name)
                .bind("tokenHash", tokenHash)
                .bind("now", now)
                .map((rs, ctx) -> new ApiToken(rs.getLong("id"), rs.getString("name"), Columns.instant(rs, "created_at")))
                .one();
    }

    /** Whose token this is, if it exists. */
    public Optional<Person> owner(String tokenHash) {
        return handle.createQuery("SELECT " + UserStore.JOINED_COLUMNS + " " + """
                        FROM api_tokens t JOIN users u ON u.id = t.user_id
                        WHERE t.token_hash = :tokenHash""")
                .bind("tokenHash", tokenHash)
                .map((rs, ctx) -> UserStore.person(rs))
                .findOne();
    }

    /** False when the person has no token with that id. */
    public boolean delete(long userId, long tokenId) {
        return handle.createUpdate("DELETE FROM api_tokens WHERE id = :tokenId AND user_id = :userId")
                .bind("tokenId", tokenId)
                .bind("userId", userId)
                .execute() == 1;
    }
}
