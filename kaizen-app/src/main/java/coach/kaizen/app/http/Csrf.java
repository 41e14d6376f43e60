package coach.kaizen.app.http;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.service.Secrets;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Every form that changes something carries a token another site cannot know: the session's own
 * token once signed in; before that (sign up, log in) one tied to a cookie of its own.
 */
public final class Csrf {

    static final String FIELD = "csrf";
    private static final String FORM_COOKIE = "kaizen_form";

    private Csrf() {
    }

    /** The token this page's forms carry. */
    static String token(Context ctx, Optional<SignedIn> who) {
        if (who.isPresent()) {
            return who.get().csrfToken();
        }
        String token = Cookies.read(ctx, FORM_COOKIE);
        if (token == null || token.isBlank()) {
            token = Secrets.random();
            ctx.cookie(Cookies.of(ctx, FORM_COOKIE, token, -1));
        }
        return token;
    }

    /** The form must carry the token its page was given by {@link #token}. */
    public static void check(Context ctx, Optional<SignedIn> who) {
        String expected = who.map(SignedIn::csrfToken).orElseGet(() -> Cookies.read(ctx, FORM_COOKIE));
        String sent = ctx.formParam(FIELD);
        if (expected == null || sent == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new FormExpired();
        }
    }
}
