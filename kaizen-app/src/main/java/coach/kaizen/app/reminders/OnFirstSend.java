package coach.kaizen.app.reminders;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client a channel sends with, built when it first sends: building one sets up TLS (a
 * third of a second of the server's start), and many installations never send a reminder at all.
 */
final class OnFirstSend {

    private final Duration connectTimeout;
    private volatile HttpClient client;

    OnFirstSend(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** The client: connects within the timeout, and never follows a redirect (a reminder goes where it was told). */
    HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                built = client;
            }
        }
        return built;
    }
}
