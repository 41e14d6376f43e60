package coach.kaizen.app.reminders;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.PushStore.Subscription;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import com.zerodeplibs.webpush.UserAgentMessageEncryptionKeyInfo;
import com.zerodeplibs.webpush.VAPIDKeyPair;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Web Push for reminders: the installation's VAPID key pair (made once, by whichever instance starts
 * first, and kept in the database so every instance signs alike) and each person's browsers.
 */
public final class PushService {

    /** A browser that drops its subscription seldom says so: past this many, the oldest is let go. */
    static final int MOST_DEVICES = 20;
    private static final int MAX_ENDPOINT = 2000;
    private static final int P256DH_BYTES = 65;
    private static final int AUTH_BYTES = 16;

    private final Database database;
    private final PersonalClock clock;
    private final Destinations destinations;
    private volatile VapidKeys keys;

    public PushService(Database database, PersonalClock clock, Destinations destinations) {
        this.database = database;
        this.clock = clock;
        this.destinations = destinations;
    }

    /** Where pushes may go: what {@link #subscribe} takes, and what each send checks again. */
    public Destinations destinations() {
        return destinations;
    }

    /** The public key browsers subscribe with (applicationServerKey): the uncompressed P-256 point, base64url. */
    public String publicKey() {
        return keys().publicKey();
    }

    /** What signs each push (the VAPID JWT) with the installation's private key. */
    VAPIDKeyPair signer() {
        return keys().signer();
    }

    /** The key pair, made and kept now if no instance has made it yet; read once per instance. */
    private VapidKeys keys() {
        VapidKeys known = keys;
        if (known == null) {
            known = VapidKeys.of(database.read(stores -> stores.push().keyPair())
                    .orElseGet(() -> database.transaction(stores ->
                            stores.push().keepFirst(VapidKeys.generate(), clock.now()))));
            keys = known;
        }
        return known;
    }

    /**
     * Keeps a browser's subscription (its PushSubscription's endpoint and keys); the same one again
     * changes nothing. True when it is new for this person.
     */
    public boolean subscribe(Person person, String endpoint, String p256dh, String auth) {
        Subscription checked = new Subscription(endpoint(endpoint), key(p256dh, P256DH_BYTES), key(auth, AUTH_BYTES));
        try {
            UserAgentMessageEncryptionKeyInfo.of(checked.p256dh(), checked.auth());
        } catch (RuntimeException notAPoint) {
            throw new Invalid(Message.of("reminders.problem.pushKeys"));
        }
        return database.transaction(stores -> {
            boolean known = stores.push().subscriptions(person.id()).stream()
                    .anyMatch(kept -> kept.endpoint().equals(checked.endpoint()));
            stores.push().subscribe(person.id(), checked, clock.now());
            stores.push().keepNewest(person.id(), MOST_DEVICES);
            return !known;
        });
    }

    /** Forgets the person's subscription at {@code endpoint}; nothing happens when they have none there. */
    public void unsubscribe(Person person, String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new Invalid(Message.of("reminders.problem.pushEndpoint"));
        }
        database.transaction(stores -> stores.push().unsubscribe(person.id(), endpoint.strip()));
    }

    /** The person's subscriptions, oldest first. */
    public List<Subscription> subscriptions(Person person) {
        return database.read(stores -> stores.push().subscriptions(person.id()));
    }

    /**
     * The endpoint as the push service gave it: https, or http to this machine (a push service of
     * one's own, or a test's), up to 2000 characters, and on the internet unless {@link #destinations}
     * allow local ones.
     */
    private String endpoint(String written) {
        if (written == null || written.isBlank() || written.strip().length() > MAX_ENDPOINT) {
            throw new Invalid(Message.of("reminders.problem.pushEndpoint"));
        }
        URI uri;
        try {
            uri = new URI(written.strip());
        } catch (URISyntaxException e) {
            throw new Invalid(Message.of("reminders.problem.pushEndpoint"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null
                || !(scheme.equals("https") || scheme.equals("http") && loopback(uri.getHost()))) {
            throw new Invalid(Message.of("reminders.problem.pushEndpoint"));
        }
        if (!destinations.allow(uri)) {
            throw new Invalid(Message.of("reminders.problem.local.webhook", uri.getHost()));
        }
        return uri.toString();
    }

    private static boolean loopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")) {
            return false; // a name: never looked up here
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A key as base64url (padded or not, as browsers write it), {@code bytes} long; kept without padding. */
    private static String key(String written, int bytes) {
        if (written != null) {
            try {
                byte[] key = Base64.getUrlDecoder().decode(written.strip().replace("=", ""));
                if (key.length == bytes) {
                    return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
                }
            } catch (IllegalArgumentException notBase64url) {
                // said below
            }
        }
        throw new Invalid(Message.of("reminders.problem.pushKeys"));
    }
}
