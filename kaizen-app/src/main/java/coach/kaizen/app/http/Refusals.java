package coach.kaizen.app.http;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.service.Conflict;
import coach.kaizen.app.service.Explained;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.service.SignInRefused;
import coach.kaizen.app.service.Unsupported;
import coach.kaizen.app.service.WaitFirst;
import io.javalin.http.Context;
import java.util.function.Consumer;

/** A form a service refuses is shown again, with why, in the person's language; and the status each refusal has. */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Runs {@code action} (the service call, then the redirect). When the form is refused (a field
     * {@link Invalid}, well formed but {@link Rejected}, a {@link Conflict}, or a sign-in refused),
     * answers with its {@link #status} and {@code reRender}s the page with the form as sent and why. Too
     * many tries ({@link WaitFirst}) are answered 429 with {@code Retry-After} and the form, saying when to try again.
     * A thing that is not there ({@link NotFound}) is no fault of the form: it goes on to {@link Errors}.
     */
    public static void onRefusal(Context ctx, Runnable action, Consumer<Form> reRender) {
        try {
            action.run();
        } catch (Invalid | Rejected | Conflict | SignInRefused | WaitFirst e) {
            ctx.status(status(e));
            retryAfter(ctx, e);
            Texts texts = Speech.of(ctx);
            reRender.accept(Form.refused(ctx, texts.sayOnPage(e.said()), texts.fieldOf(e.said())));
        }
    }

    /** A refusal that asks to wait says for how long, in seconds, as HTTP's {@code Retry-After}. */
    static void retryAfter(Context ctx, Explained refusal) {
        if (refusal instanceof WaitFirst wait) {
            ctx.header("Retry-After", Long.toString(wait.retryAfterSeconds()));
        }
    }

    /** The one place a refusal becomes a status, on a page and in a problem alike; any other is ours (500). */
    public static int status(Explained refusal) {
        if (refusal instanceof Invalid) {
            return 400;
        }
        if (refusal instanceof SignInRefused || refusal instanceof SignInRequired) {
            return 401;
        }
        if (refusal instanceof NotFound) {
            return 404;
        }
        if (refusal instanceof Conflict) {
            return 409;
        }
        if (refusal instanceof Unsupported) {
            return 415;
        }
        if (refusal instanceof WaitFirst) {
            return 429;
        }
        return refusal instanceof Rejected ? 422 : 500;
    }
}
