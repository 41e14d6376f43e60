package coach.kaizen.app.reminders;

import coach.kaizen.app.db.PushStore.Subscription;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.person.Person;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zerodeplibs.webpush.PushSubscription;
import com.zerodeplibs.webpush.httpclient.StandardHttpClientRequestPreparer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a reminder to each browser the person turned notifications on in (Web Push): the payload,
 * {"title", "body", "url", "tag"}, encrypted for that browser (RFC 8291, aes128gcm), and signed
 * with the installation's VAPID key (RFC 8292). A subscription the push service says is gone (404,
 * 410) is forgotten; any other answer keeps it. An endpoint's path is its secret: the log names
 * the push service's host only.
 */
public final class PushChannel implements ReminderChannel {

    /** Long enough for a busy push service, short enough that one does not hold up everyone's reminders. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How long a push service keeps a reminder for a browser that is away: later than this, it is noise. */
    static final Duration TIME_TO_LIVE = Duration.ofHours(4);
    /** How long each push's signature holds (RFC 8292 allows up to 24 hours). */
    static final Duration SIGNATURE = Duration.ofHours(12);

    private static final Logger LOG = LoggerFactory.getLogger(PushChannel.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PushService push;
    private final PersonalClock clock;
    private final String contact;
    private final Duration timeout;
    private final OnFirstSend http;

    /** {@code contact}: a mailto: or https: address the push services may write to about our pushes. */
    public PushChannel(PushService push, PersonalClock clock, String contact, Duration timeout) {
        this.push = push;
        this.clock = clock;
        this.contact = contact;
        this.timeout = timeout;
        this.http = new OnFirstSend(timeout);
    }

    @Override
    public void send(Person person, DueReminder reminder) {
        for (Subscription subscription : push.subscriptions(person)) {
            deliver(person, subscription, reminder);
        }
    }

    /** True when the push service took the reminder for this browser (201, or any 2xx). */
    boolean deliver(Person person, Subscription subscription, DueReminder reminder) {
        URI endpoint = URI.create(subscription.endpoint());
        String host = endpoint.getHost();
        if (!push.destinations().allow(endpoint)) {
            LOG.warn("Push service at {} not posted to: it lies on this server's own network", host);
            return false;
        }
        try {
            int status = http.client().send(request(subscription, reminder), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status / 100 == 2) {
                LOG.info("Reminder pushed through {}", host);
                return true;
            }
            if (status == 404 || status == 410) {
                push.unsubscribe(person, subscription.endpoint());
                LOG.info("A browser's subscription at {} has ended ({}); it is forgotten", host, status);
            } else {
                LOG.warn("Push service at {} answered {}", host, status);
            }
        } catch (IOException e) {
            LOG.warn("Push service at {} did not answer: {}", host, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A subscription's keys that cannot be encrypted for, say: this browser misses this one.
            LOG.warn("Reminder not pushed through {}: {}", host, e.getClass().getSimpleName());
        }
        return false;
    }

    private HttpRequest request(Subscription subscription, DueReminder reminder) {
        PushSubscription.Keys keys = new PushSubscription.Keys();
        keys.setP256dh(subscription.p256dh());
        keys.setAuth(subscription.auth());
        PushSubscription to = new PushSubscription();
        to.setEndpoint(subscription.endpoint());
        to.setKeys(keys);
        return StandardHttpClientRequestPreparer.getBuilder()
                .pushSubscription(to)
                .vapidJWTExpirationTime(clock.now().plus(SIGNATURE))
                .vapidJWTSubject(contact)
                .pushMessage(payload(reminder))
                .ttl(TIME_TO_LIVE.toSeconds(), TimeUnit.SECONDS)
                .urgencyNormal()
                .topic(topic(reminder.subject()))
                .build(push.signer())
                .toRequestBuilder()
                .timeout(timeout)
                .build();
    }

    /** What the service worker shows: the words, the page a tap opens, and a tag so a newer one replaces it. */
    static byte[] payload(DueReminder reminder) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("title", reminder.title());
        payload.put("body", reminder.body());
        payload.put("url", reminder.link().toString());
        payload.put("tag", topic(reminder.subject()));
        try {
            return JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a map of text can be written as JSON", e);
        }
    }

    /** "step-12" or "session": a push service keeps only the newest unsent push of a topic. */
    private static String topic(String subject) {
        return subject.replace(':', '-');
    }
}
