package coach.kaizen.app.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** Our cookies: HttpOnly so scripts never read them, Lax so other sites cannot post with them, Secure over HTTPS. */
final class Cookies {

    private Cookies() {
    }

    static Cookie of(Context ctx, String name, String value, int maxAgeSeconds) {
        return new Cookie(name, value, "/", maxAgeSeconds, isHttps(ctx), true, null, SameSite.LAX);
    }

    // Behind a TLS-terminating proxy the request arrives as http; the proxy says so in X-Forwarded-Proto.
    private static boolean isHttps(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
