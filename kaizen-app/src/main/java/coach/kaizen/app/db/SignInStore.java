package coach.kaizen.app.db;

import coach.kaizen.core.person.Person;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Sign-in sessions, kept in the database so any instance can serve any request. Ids are stored hashed. */
public final class SignInStore {

    private final Handle handle;

    SignInStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * A live session: whose it is, the token its forms carry, whether it is the demo account, and when
     * it was last seen in use (noted every few minutes at most).
     */
    public record SignedIn(Person person, String csrfToken, boolean demo, Instant lastSeenAt) {
    }

    public void create(String idHash, long userId, String csrfToken, Instant now, Instant expiresAt) {
        handle.createUpdate("""
                        INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at, last_seen_at)
                        VALUES (:idHash, :userId, :csrfToken, :now, :expiresAt, :now)""")
                .bind("idHash", idHash)
                .bind("userId", userId)
                .bind("csrfToken", csrfToken)
                .bind("now", now)
                .bind("expiresAt", expiresAt)
                .execute();
    }

    /** The session with this id hash, unless it has expired or was last seen at or before {@code idleSince}. */
    public Optional<SignedIn> find(String idHash, Instant now, Instant idleSince) {
        return handle.createQuery("SELECT " + UserStore.JOINED_COLUMNS + " " + """
                        , u.demo, s.csrf_token, s.last_seen_at
                        FROM sessions s JOIN users u ON u.id = s.user_id
                        WHERE s.id_hash = :idHash AND s.expires_at > :now AND s.last_seen_at > :idleSince""")
                .bind("idHash", idHash)
                .bind("now", now)
                .bind("idleSince", idleSince)
                .map((rs, ctx) -> new SignedIn(UserStore.person(rs), rs.getString("csrf_token"), rs.getBoolean("demo"),
                        Columns.instant(rs, "last_seen_at")))
                .findOne();
    }

    /** Notes that the session is in use at {@code now}. */
    public void seen(String idHash, Instant now) {
        handle.createUpdate("UPDATE sessions SET last_seen_at = :now WHERE id_hash = :idHash")
                .bind("idHash", idHash)
                .bind("now", now)
                .execute();
    }

    public void delete(String idHash) {
        handle.createUpdate("DELETE FROM sessions WHERE id_hash = :idHash").bind("idHash", idHash).execute();
    }

    /** Ends every sign-in of the person, on every device. */
    public void deleteAll(long userId) {
        handle.createUpdate("DELETE FROM sessions WHERE user_id = :userId").bind("userId", userId).execute();
    }

    /** Ends every session past its lifetime, or last seen at or before {@code idleSince}. */
    public void deleteExpired(Instant now, Instant idleSince) {
        handle.createUpdate("DELETE FROM sessions WHERE expires_at <= :now OR last_seen_at <= :idleSince")
                .bind("now", now)
                .bind("idleSince", idleSince)
                .execute();
    }
}
