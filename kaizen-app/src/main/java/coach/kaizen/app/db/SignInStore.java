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

    /** A live session: whose it is, the token its forms carry, and whether it is the demo account. */
    public record SignedIn(Person person, String csrfToken, boolean demo) {
    }

    public void create(String idHash, long userId, String csrfToken, Instant now, Instant expiresAt) {
        handle.createUpdate("""
                        INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at)
                        VALUES (:idHash, :userId, :csrfToken, :now, :expiresAt)""")
                .bind("idHash", idHash)
                .bind("userId", userId)
                .bind("csrfToken", csrfToken)
                .bind("now", now)
                .bind("expiresAt", expiresAt)
                .execute();
    }

    /** The session with this id hash, unless it has expired. */
    public Optional<SignedIn> find(String idHash, Instant now) {
        return handle.createQuery("SELECT " + UserStore.JOINED_COLUMNS + " " + """
                        , u.demo, s.csrf_token
                        FROM sessions s JOIN users u ON u.id = s.user_id
                        WHERE s.id_hash = :idHash AND s.expires_at > :now""")
                .bind("idHash", idHash)
                .bind("now", now)
                .map((rs, ctx) -> new SignedIn(UserStore.person(rs), rs.getString("csrf_token"), rs.getBoolean("demo")))
                .findOne();
    }

    public void delete(String idHash) {
        handle.createUpdate("DELETE FROM sessions WHERE id_hash = :idHash").bind("idHash", idHash).execute();
    }

    /** Ends every sign-in of the person, on every device. */
    public void deleteAll(long userId) {
        handle.createUpdate("DELETE FROM sessions WHERE user_id = :userId").bind("userId", userId).execute();
    }

    public void deleteExpired(Instant now) {
        handle.createUpdate("DELETE FROM sessions WHERE expires_at <= :now").bind("now", now).execute();
    }
}
