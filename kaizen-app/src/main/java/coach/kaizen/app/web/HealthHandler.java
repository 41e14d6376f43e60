package coach.kaizen.app.web;

import coach.kaizen.app.db.Database;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** For load balancers and operators: is this instance up, and can it reach its database? */
final class HealthHandler implements Handler {

    private final Database database;

    HealthHandler(Database database) {
        this.database = database;
    }

    /** The body of GET /health. */
    record Health(String status, String database) {
    }

    @Override
    public void handle(Context ctx) {
        boolean reachable = database.isReachable();
        ctx.status(reachable ? 200 : 503);
        ctx.json(new Health(reachable ? "ok" : "unavailable", database.dialect().name().toLowerCase()));
    }
}
