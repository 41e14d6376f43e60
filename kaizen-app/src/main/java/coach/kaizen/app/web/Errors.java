package coach.kaizen.app.web;

import coach.kaizen.app.coach.Conflict;
import coach.kaizen.app.coach.Invalid;
import coach.kaizen.app.coach.NotFound;
import coach.kaizen.app.coach.Rejected;
import coach.kaizen.app.coach.SignInRefused;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
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
        routes.exception(Invalid.class, (e, ctx) -> respond(ctx, 400, "Bad Request", e.getMessage()));
        routes.exception(SignInRefused.class, (e, ctx) -> respond(ctx, 401, "Unauthorized", e.getMessage()));
        routes.exception(SignInRequired.class, this::signInRequired);
        routes.exception(FormExpired.class, (e, ctx) -> respond(ctx, 403, "Forbidden", e.getMessage()));
        routes.exception(NotFound.class, (e, ctx) -> respond(ctx, 404, "Not Found", e.getMessage()));
        routes.exception(Conflict.class, (e, ctx) -> respond(ctx, 409, "Conflict", e.getMessage()));
        routes.exception(Rejected.class, (e, ctx) -> respond(ctx, 422, "Unprocessable Content", e.getMessage()));
        // Javalin's own refusals (a body too large, a method not allowed) keep their status.
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                nothingAt(ctx);
            } else {
                respond(ctx, e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(), e.getMessage());
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            // The stack goes to the log for the operator; the person gets a calm sentence.
            LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Internal Server Error", "Something went wrong on our side; nothing you sent was lost.");
        });
        // No route matched: answer in our own words, unless a handler above already did.
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                nothingAt(ctx);
            }
        });
    }

    private void nothingAt(Context ctx) {
        respond(ctx, 404, "Not Found", "There is nothing at " + ctx.path() + ".");
    }

    /** An API client is told how to authenticate; a person is taken to the sign-in page. */
    private void signInRequired(SignInRequired e, Context ctx) {
        if (wantsJson(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer");
            respond(ctx, 401, "Unauthorized", e.getMessage());
        } else {
            ctx.attribute(ANSWERED, true);
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
        }
    }

    private void respond(Context ctx, int status, String title, String detail) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.contentType(Problem.CONTENT_TYPE);
            ctx.result(ctx.jsonMapper().toJsonString(Problem.of(status, title, detail, ctx.path()), Problem.class));
        } else {
            pages.render(ctx, "problem.jte", Map.of("frame", Frame.bare(), "title", title, "detail", detail));
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"));
    }
}
