package coach.kaizen.app.http;

import coach.kaizen.app.db.DatabaseTrouble;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import java.util.function.Supplier;

/** For load balancers and operators: is this instance up, and can its database take writes? */
public final class HealthHandler implements Handler {

    private final Supplier<Optional<DatabaseTrouble.Kind>> trouble;
    private final String database;

    /** {@code database} names it in the answer ("sqlite", "postgresql"). */
    public HealthHandler(Supplier<Optional<DatabaseTrouble.Kind>> trouble, String database) {
        this.trouble = trouble;
        this.database = database;
    }

    /** The body of GET /health; {@code reason} (unreachable, full, read-only) only when unavailable. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(String status, String database, String reason) {
    }

    @Override
    public void handle(Context ctx) {
        Optional<DatabaseTrouble.Kind> kind = trouble.get();
        ctx.status(kind.isEmpty() ? 200 : 503);
        ctx.json(new Health(kind.isEmpty() ? "ok" : "unavailable", database,
                kind.map(DatabaseTrouble.Kind::said).orElse(null)));
    }
}
