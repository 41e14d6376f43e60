package coach.kaizen.app.http;

import coach.kaizen.app.config.TrustedProxies;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * Our cookies: HttpOnly so scripts never read them, Lax so other sites cannot post with them. Over
 * HTTPS they are Secure and named with the {@code __Host-} prefix, which browsers keep only from a
 * secure page of this very host, with {@code Path=/} and no Domain: no subdomain and no plain-http
 * page can plant one. Over plain http (on this machine) they keep their bare names.
 */
final class Cookies {

    private static final String HTTPS = "kaizen.https";
    private static final String HOST_ONLY = "__Host-";

    private Cookies() {
    }

    /**
     * Works out once, before any handler, whether the request came over HTTPS: the public address
     * is https, or the connection is, or a proxy the operator trusts says so in X-Forwarded-Proto
     * (from anyone else the header is ignored, as X-Forwarded-For is).
     */
    static void note(Context ctx, boolean publicHttps, TrustedProxies proxies) {
        ctx.attribute(HTTPS, publicHttps || "https".equalsIgnoreCase(ctx.scheme())
                || proxies.trusts(ctx.req().getRemoteAddr()) && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
    }

    static Cookie of(Context ctx, String name, String value, int maxAgeSeconds) {
        return new Cookie(named(ctx, name), value, "/", maxAgeSeconds, isHttps(ctx), true, null, SameSite.LAX);
    }

    /** The value of our cookie {@code name}, under the name it has on this request's scheme. */
    static String read(Context ctx, String name) {
        return ctx.cookie(named(ctx, name));
    }

    private static String named(Context ctx, String name) {
        return isHttps(ctx) ? HOST_ONLY + name : name;
    }

    private static boolean isHttps(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(HTTPS));
    }
}
