package coach.kaizen.app.metrics;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** GET /metrics on the app's own port, behind the operator's token. */
public final class MetricsPage {

    /** Prometheus's text format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Watch watch;
    private final MetricsAccess access;

    public MetricsPage(Watch watch, MetricsAccess access) {
        this.watch = watch;
        this.access = access;
    }

    public void show(Context ctx) {
        if (!access.allows(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer").status(HttpStatus.UNAUTHORIZED);
            return;
        }
        ctx.contentType(CONTENT_TYPE).result(watch.scrape());
    }
}
