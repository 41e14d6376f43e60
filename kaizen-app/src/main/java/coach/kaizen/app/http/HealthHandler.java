package coach.kaizen.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.BooleanSupplier;

/** For load balancers and operators: is this instance up, and can it reach its database? */
public final class HealthHandler implements Handler {

    private final BooleanSupplier reachable;
    private final String database;

    /** {@code database} names it in the answer ("sqlite", "postgresql"). */
    public HealthHandler(BooleanSupplier reachable, String database) {
        this.reachable = reachable;
        this.database = database;
    }

    /** The body of GET /health. */
    record Health(String status, String database) {
    }

    @Override
    public void handle(Context ctx) {
        boolean up = reachable.getAsBoolean();
        ctx.status(up ? 200 : 503);
        ctx.json(new Health(up ? "ok" : "unavailable", database));
    }
}
