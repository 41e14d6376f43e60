package coach.kaizen.app.reminders;

import io.javalin.http.Context;
import java.net.URI;

/** The app's address as people reach it: the configured public address, else the one a request came to. */
final class Site {

    static final String FEED_PATH = "/api/v1/calendar-feed/";

    private Site() {
    }

    static URI of(Context ctx, URI publicUrl) {
        return publicUrl != null ? publicUrl : URI.create(ctx.scheme() + "://" + ctx.host() + "/");
    }

    /** The feed's secret address; ".ics" at the end, as some calendar apps like. */
    static URI feed(URI site, String secret) {
        return site.resolve(FEED_PATH + secret + ".ics");
    }
}
