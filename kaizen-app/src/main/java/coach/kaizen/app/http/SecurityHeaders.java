package coach.kaizen.app.http;

import io.javalin.http.Context;

/**
 * Pages may load nothing from any other host, and are never framed or sniffed; the manifest and the
 * service worker come from the app itself.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                        + "form-action 'self'; frame-ancestors 'none'; manifest-src 'self'; worker-src 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
