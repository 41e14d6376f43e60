package coach.kaizen.app.web;

import coach.kaizen.app.coach.NotFound;
import coach.kaizen.app.coach.Rejected;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error a person or a program can meet: a problem+json body under /api and for JSON
 * clients, a readable page elsewhere. Never a stack trace in a response.
 */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private static final String ANSWERED = "kaizen.error-answered";

    private final Pages pages;

    Errors(Pages pages) {
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.exception(NotFound.class, (e, ctx) -> respond(ctx, 404, "Not Found", e.getMessage()));
        routes.exception(Rejected.class, (e, ctx) -> respond(ctx, 422, "Unprocessable Content", e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            // The stack goes to the log for the operator; the person gets a calm sentence.
            LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Internal Server Error", "Something went wrong on our side; nothing you sent was lost.");
        });
        // No route matched: answer in our own words, unless a handler above already did.
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                respond(ctx, 404, "Not Found", "There is nothing at " + ctx.path() + ".");
            }
        });
    }

    private void respond(Context ctx, int status, String title, String detail) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.contentType(Problem.CONTENT_TYPE);
            ctx.result(ctx.jsonMapper().toJsonString(Problem.of(status, title, detail, ctx.path()), Problem.class));
        } else {
            pages.render(ctx, "problem.jte", Map.of("title", title, "detail", detail));
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"));
    }
}
