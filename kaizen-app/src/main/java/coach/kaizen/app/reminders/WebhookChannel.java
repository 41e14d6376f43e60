package coach.kaizen.app.reminders;

import coach.kaizen.core.person.Person;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a reminder to the person's webhook (an ntfy topic, an Apprise endpoint, anything that takes
 * a JSON POST): {"title", "body", "url"}. Each try waits at
 * most {@code timeout}; one that gets no 2xx answer is tried once more. The log names the host
 * only: a webhook's path and query are often its secret.
 */
public final class WebhookChannel implements ReminderChannel {

    /** Long enough for a slow relay, short enough that one does not hold up everyone's reminders. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OnFirstSend http;
    private final Duration timeout;
    private final Destinations destinations;

    public WebhookChannel(Duration timeout, Destinations destinations) {
        this.timeout = timeout;
        this.destinations = destinations;
        this.http = new OnFirstSend(timeout);
    }

    public Destinations destinations() {
        return destinations;
    }

    @Override
    public void send(Person person, DueReminder reminder) {
        if (reminder.webhook() != null) {
            deliver(reminder);
        }
    }

    /** True when the webhook took the reminder (a 2xx answer), on the first try or the second. */
    public boolean deliver(DueReminder reminder) {
        String host = reminder.webhook().getHost();
        if (!destinations.allow(reminder.webhook())) {
            LOG.warn("Reminder webhook at {} not posted to: it lies on this server's own network", host);
            return false;
        }
        HttpRequest request = request(reminder);
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                int status = http.client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    LOG.info("Reminder delivered to {}", host);
                    return true;
                }
                LOG.warn("Reminder webhook at {} answered {} (try {} of 2)", host, status, attempt);
            } catch (IOException e) {
                LOG.warn("Reminder webhook at {} did not answer: {} (try {} of 2)", host,
                        e.getClass().getSimpleName(), attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private HttpRequest request(DueReminder reminder) {
        ObjectNode body = JSON.createObjectNode()
                .put("title", reminder.title())
                .put("body", reminder.body())
                .put("url", reminder.link().toString());
        return HttpRequest.newBuilder(reminder.webhook())
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }
}
