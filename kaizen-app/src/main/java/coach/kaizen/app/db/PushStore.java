package coach.kaizen.app.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Web Push: the installation's VAPID key pair and each person's browser subscriptions. */
public final class PushStore {

    private final Handle handle;

    PushStore(Handle handle) {
        this.handle = handle;
    }

    /** The VAPID key pair, each half base64url: the public key as an uncompressed P-256 point, the private as PKCS #8. */
    public record KeyPair(String publicKey, String privateKey) {
    }

    /** A browser's subscription: its push service endpoint and the keys (RFC 8291) to encrypt for it. */
    public record Subscription(String endpoint, String p256dh, String auth) {
    }

    /** The key pair, if an instance has made it. */
    public Optional<KeyPair> keyPair() {
        return handle.createQuery("SELECT public_key, private_key FROM push_keys WHERE id = 1")
                .map((rs, ctx) -> new KeyPair(rs.getString("public_key"), rs.getString("private_key")))
                .findOne();
    }

    /** Keeps {@code keys} unless another instance kept its own first; answers the one kept. */
    public KeyPair keepFirst(KeyPair keys, Instant now) {
        handle.createUpdate("""
                        INSERT INTO push_keys (id, public_key, private_key, created_at)
                        VALUES (1, :publicKey, :privateKey, :now)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("publicKey", keys.publicKey())
                .bind("privateKey", keys.privateKey())
                .bind("now", now)
                .execute();
        return keyPair().orElseThrow();
    }

    /**
     * Keeps the person's subscription (the same endpoint again takes the new keys), and lets go of the
     * same endpoint under anyone else: a browser has one subscription, and it reminds whoever turned
     * notifications on there last.
     */
    public void subscribe(long userId, Subscription subscription, Instant now) {
        handle.createUpdate("DELETE FROM push_subscriptions WHERE endpoint = :endpoint AND user_id <> :userId")
                .bind("endpoint", subscription.endpoint())
                .bind("userId", userId)
                .execute();
        handle.createUpdate("""
                        INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, created_at)
                        VALUES (:userId, :endpoint, :p256dh, :auth, :now)
                        ON CONFLICT (user_id, endpoint) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth""")
                .bind("userId", userId)
                .bind("endpoint", subscription.endpoint())
                .bind("p256dh", subscription.p256dh())
                .bind("auth", subscription.auth())
                .bind("now", now)
                .execute();
    }

    /** The person's subscriptions, oldest first. */
    public List<Subscription> subscriptions(long userId) {
        return handle.createQuery("""
                        SELECT endpoint, p256dh, auth FROM push_subscriptions WHERE user_id = :userId
                        ORDER BY created_at, endpoint""")
                .bind("userId", userId)
                .map((rs, ctx) -> new Subscription(rs.getString("endpoint"), rs.getString("p256dh"), rs.getString("auth")))
                .list();
    }

    /** Forgets one of the person's subscriptions; false when they had none at that endpoint. */
    public boolean unsubscribe(long userId, String endpoint) {
        return handle.createUpdate("DELETE FROM push_subscriptions WHERE user_id = :userId AND endpoint = :endpoint")
                .bind("userId", userId)
                .bind("endpoint", endpoint)
                .execute() == 1;
    }

    /** Forgets the person's oldest subscriptions beyond the newest {@code keep}. */
    public void keepNewest(long userId, int keep) {
        List<String> older = handle.createQuery("""
                        SELECT endpoint FROM push_subscriptions WHERE user_id = :userId
                        ORDER BY created_at DESC, endpoint DESC""")
                .bind("userId", userId)
                .mapTo(String.class)
                .list();
        older.stream().skip(keep).forEach(endpoint -> unsubscribe(userId, endpoint));
    }
}
