package coach.kaizen.app.http;

import io.javalin.http.Context;

/**
 * A person's own pages and every API answer are kept by no cache, so a shared computer's browser
 * does not keep someone's journal or slips; the app's files keep their own caching.
 */
final class NoStore {

    private NoStore() {
    }

    static void apply(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
