package coach.kaizen.app.http;

import coach.kaizen.app.db.DatabaseTrouble;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.service.Conflict;
import coach.kaizen.app.service.Explained;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.service.SignInRefused;
import coach.kaizen.app.service.Unsupported;
import coach.kaizen.app.service.WaitFirst;
import coach.kaizen.core.text.Message;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final Auth auth;

    Errors(Pages pages, Auth auth) {
        this.pages = pages;
        this.auth = auth;
    }

    void register(RoutesConfig routes) {
        for (Class<? extends Explained> refusal : List.of(Invalid.class, SignInRefused.class, NotFound.class,
                Conflict.class, Rejected.class, Unsupported.class, WaitFirst.class)) {
            routes.exception(refusal, (e, ctx) -> {
                Refusals.retryAfter(ctx, e);
                respond(ctx, Refusals.status(e), e.said());
            });
        }
        routes.exception(SignInRequired.class, this::signInRequired);
        routes.exception(DatabaseTrouble.class, this::databaseTrouble);
        routes.exception(FormExpired.class, (e, ctx) -> respond(ctx, 403, Message.of("problem.formExpired")));
        routes.exception(FormTooLarge.class, (e, ctx) -> respond(ctx, 413, Message.of("problem.formTooLarge")));
        // Javalin's own refusals (a body too large, a method not allowed) keep their status.
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                nothingAt(ctx);
            } else if (e.getStatus() == 405) {
                notAllowed(ctx, e);
            } else {
                respond(ctx, e.getStatus(), javalins(e));
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            // The stack goes to the log for the operator; the person gets a calm sentence.
            LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, Message.of("problem.ourSide"));
        });
        // No route matched: answer in our own words, unless a handler above already did.
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                nothingAt(ctx);
            }
        });
    }

    /** Javalin's own words are HTTP's phrase ("Content Too Large"): ours say it in every language. */
    private static Message javalins(HttpResponseException e) {
        String key = "problem.http." + e.getStatus();
        boolean phrase = e.getMessage() != null && e.getMessage().equals(HttpStatus.forStatus(e.getStatus()).getMessage());
        return phrase && Catalog.shipped().texts(Catalog.ENGLISH).has(key) ? Message.of(key)
                : Message.of("problem.asWritten", e.getMessage());
    }

    /** A path that is there for other methods: which ones, in {@code Allow} as HTTP asks, and in words. */
    private void notAllowed(Context ctx, HttpResponseException e) {
        // Javalin names them under one key for JSON clients and another for browsers.
        Map<String, String> details = e.getDetails();
        String named = details.getOrDefault("availableMethods", details.getOrDefault("Available methods", ""));
        String allowed = Arrays.stream(named.split(",")).map(String::strip).filter(method -> !method.isEmpty())
                .collect(Collectors.joining(", "));
        ctx.header("Allow", allowed);
        respond(ctx, 405, Message.of("problem.methodNotAllowed", ctx.path(), allowed, ctx.method().name()));
    }

    private void nothingAt(Context ctx) {
        respond(ctx, 404, Message.of("problem.nothingAt", ctx.path()));
    }

    /**
     * 503, and when to try again: this request was not saved (its transaction rolled back), or, lost
     * while committing, may have been; what was saved before is safe. A database gone comes back by itself; room or rights need an operator.
     */
    private void databaseTrouble(DatabaseTrouble e, Context ctx) {
        LOG.warn("The database is {} on {} {}", e.reason(), ctx.method(), ctx.path());
        ctx.header("Retry-After", e.passing() ? "5" : "60");
        // A GET saves nothing: while the database is away, it is only that this cannot be shown. A commit
        // the database was lost in may have been saved: we say we cannot tell.
        String key = "problem.database." + e.reason()
                + (e.unsure() ? ".unsure" : e.passing() && ctx.method() == HandlerType.GET ? ".read" : "");
        respond(ctx, 503, Message.of(key));
    }

    /**
     * An API client is told how to authenticate; a person is taken to the sign-in page, and from a page
     * they opened, back to it once signed in ({@link ReturnTo}).
     */
    private void signInRequired(SignInRequired e, Context ctx) {
        if (wantsJson(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer");
            respond(ctx, Refusals.status(e), e.said());
        } else {
            ctx.attribute(ANSWERED, true);
            ctx.redirect(ReturnTo.signInFrom(ctx), HttpStatus.SEE_OTHER);
        }
    }

    /**
     * The detail in the person's language. A problem's title is HTTP's own phrase for programs; a
     * page's title is in the person's words.
     */
    private void respond(Context ctx, int status, Message detail) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status);
        if (wantsJson(ctx)) {
            Texts texts = Speech.of(ctx);
            ctx.contentType(Problem.CONTENT_TYPE);
            Problem problem = Problem.of(status, HttpStatus.forStatus(status).getMessage(), texts.say(detail),
                    ctx.path());
            ctx.result(ctx.jsonMapper().toJsonString(problem, Problem.class));
        } else {
            Frame frame = frameFor(ctx, status);
            Texts texts = frame.texts();
            pages.render(ctx, "problem.jte", Map.of("frame", frame, "title", texts.t(titleKey(ctx, status, texts)),
                    "detail", texts.sayOnPage(detail)));
        }
    }

    /** A status's own title where it has one; else trouble on our side, or a refusal of a page opened or a form sent. */
    private static String titleKey(Context ctx, int status, Texts texts) {
        if (texts.has("problem.title." + status)) {
            return "problem.title." + status;
        }
        if (status >= 500) {
            return "problem.title.ourSide";
        }
        return ctx.method() == HandlerType.GET ? "problem.title.unshown" : "problem.title.yours";
    }

    /**
     * A page for a mistyped address or a refusal is the person's own, in their language and with
     * their links, even where no handler looked them up; a page for trouble on our side asks
     * nothing more of the database.
     */
    private Frame frameFor(Context ctx, int status) {
        if (status >= 500) {
            return Frame.bare(ctx);
        }
        try {
            return auth.signedIn(ctx).map(who -> Frame.of(ctx, who)).orElseGet(() -> Frame.bare(ctx));
        } catch (DatabaseTrouble notNow) {
            return Frame.bare(ctx);
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"));
    }
}
