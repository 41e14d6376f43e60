package coach.kaizen.app.db;

import coach.kaizen.core.person.Person;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Personal access tokens for API clients; only their hashes are kept. */
public final class TokenStore {

    private static final String COLUMNS = "id, name, created_at, last_used_at, expires_at";

    private final Handle handle;
    private final PersonIds ids;

    TokenStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    /**
     * A token as listed: never the secret itself, which is shown once when it is made. {@code lastUsedAt}
     * is null until its first use, {@code expiresAt} null for a token that never expires.
     */
    public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    }

    /** Who holds a live token, and which token it is (to note its use). */
    public record Holder(Person person, long tokenId, Instant lastUsedAt) {
    }

    public ApiToken create(long userId, String name, String tokenHash, Instant now, Instant expiresAt) {
        return handle.createQuery("""
                        INSERT INTO api_tokens (user_id, id, name, token_hash, created_at, expires_at)
                        VALUES (:userId, :id, :name, :tokenHash, :now, :expiresAt)
                        RETURNING\s""" + COLUMNS)
                .bind("userId", userId)
                .bind("id", ids.next("api_tokens", userId))
                .bind("name", name)
                .bind("tokenHash", tokenHash)
                .bind("now", now)
                .bind("expiresAt", expiresAt)
                .map((rs, ctx) -> token(rs))
                .one();
    }

    /** The person's tokens, oldest first. */
    public List<ApiToken> list(long userId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE user_id = :userId ORDER BY id")
                .bind("userId", userId)
                .map((rs, ctx) -> token(rs))
                .list();
    }

    /** Whose token this is, if it exists and has not expired. */
    public Optional<Holder> holder(String tokenHash, Instant now) {
        return handle.createQuery("SELECT " + UserStore.JOINED_COLUMNS + " " + """
                        , t.id AS token_id, t.last_used_at
                        FROM api_tokens t JOIN users u ON u.id = t.user_id
                        WHERE t.token_hash = :tokenHash AND (t.expires_at IS NULL OR t.expires_at > :now)""")
                .bind("tokenHash", tokenHash)
                .bind("now", now)
                .map((rs, ctx) -> new Holder(UserStore.person(rs), rs.getLong("token_id"),
                        Columns.instant(rs, "last_used_at")))
                .findOne();
    }

    /** Notes the token's use at {@code now}. */
    public void used(long userId, long tokenId, Instant now) {
        handle.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE user_id = :userId AND id = :tokenId")
                .bind("userId", userId)
                .bind("tokenId", tokenId)
                .bind("now", now)
                .execute();
    }

    /** False when the person has no token with that id. */
    public boolean delete(long userId, long tokenId) {
        return handle.createUpdate("DELETE FROM api_tokens WHERE id = :tokenId AND user_id = :userId")
                .bind("tokenId", tokenId)
                .bind("userId", userId)
                .execute() == 1;
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "last_used_at"), Columns.instant(rs, "expires_at"));
    }
}
