package coach.kaizen.app.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import java.util.function.Supplier;

/** For load balancers and operators: is this instance up, and can its database take writes? */
public final class HealthHandler implements Handler {

    private final Supplier<Optional<String>> trouble;
    private final String database;

    /** {@code database} names it in the answer ("sqlite", "postgresql"). */
    public HealthHandler(Supplier<Optional<String>> trouble, String database) {
        this.trouble = trouble;
        this.database = database;
    }

    /** The body of GET /health; {@code reason} (unreachable, full, read-only) only when unavailable. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(String status, String database, String reason) {
    }

    @Override
    public void handle(Context ctx) {
        Optional<String> reason = trouble.get();
        ctx.status(reason.isEmpty() ? 200 : 503);
        ctx.json(new Health(reason.isEmpty() ? "ok" : "unavailable", database, reason.orElse(null)));
    }
}
