package coach.kaizen.app.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, the route template it matched, status and milliseconds. Never the
 * path as asked (ids, the calendar feed's secret), a query, a header, a cookie or a body.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    /** Told of every request answered, as the log line says it. */
    public interface Listener {
        void answered(String method, String route, int status, Duration took);
    }

    private RequestLog() {
    }

    static void register(JavalinConfig config, Listener listener) {
        config.requestLogger.http((ctx, millis) -> {
            String method = ctx.method().name();
            String route = route(ctx);
            int status = ctx.statusCode();
            LOG.info("{} {} {} {}ms", method, route, status, Math.round(millis));
            listener.answered(method, route, status, Duration.ofNanos((long) (millis * 1_000_000)));
        });
    }

    /** The route template that answered; files and addresses that match no route get a name of their kind. */
    static String route(Context ctx) {
        List<Endpoint> visited = ctx.endpoints().list();
        for (int i = visited.size() - 1; i >= 0; i--) {
            if (visited.get(i).method.isHttpMethod()) {
                return visited.get(i).path;
            }
        }
        String path = ctx.path();
        if (path.startsWith("/assets/")) {
            return "/assets/*";
        }
        return path.startsWith("/webjars/") ? "/webjars/*" : "unmatched";
    }
}
