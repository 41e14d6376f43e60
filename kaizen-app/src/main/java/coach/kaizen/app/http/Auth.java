package coach.kaizen.app.http;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;

/**
 * Who is asking: a browser sign-in (cookie) for pages, a personal access token (Bearer) for the
 * API. Routes that need a person are wrapped here, so a handler cannot forget to ask.
 */
public final class Auth {

    static final String SIGN_IN_COOKIE = "kaizen_session";
    private static final String SIGNED_IN = "kaizen.signed-in";

    private final SignInService signIns;

    Auth(SignInService signIns) {
        this.signIns = signIns;
    }

    /** A handler for a signed-in person's page; its forms must carry the sign-in's token. */
    public interface PageHandler {
        void handle(Context ctx, SignedIn who) throws Exception;
    }

    /** A handler for an API call made with a person's token. */
    public interface ApiHandler {
        void handle(Context ctx, Person person) throws Exception;
    }

    public Handler page(PageHandler handler) {
        return ctx -> {
            SignedIn who = signedIn(ctx).orElseThrow(() -> new SignInRequired("problem.signInFirst"));
            if (!"GET".equals(ctx.method().name())) {
                Csrf.check(ctx, Optional.of(who));
            }
            handler.handle(ctx, who);
        };
    }

    public Handler api(ApiHandler handler) {
        return ctx -> handler.handle(ctx, bearer(ctx));
    }

    /** The sign-in behind this request's cookie, looked up once per request. */
    public Optional<SignedIn> signedIn(Context ctx) {
        Optional<SignedIn> known = ctx.attribute(SIGNED_IN);
        if (known == null) {
            String id = Cookies.read(ctx, SIGN_IN_COOKIE);
            known = id == null || id.isBlank() ? Optional.empty() : signIns.find(id);
            ctx.attribute(SIGNED_IN, known);
            known.ifPresent(who -> {
                Speech.heard(ctx, who.person());
                NoStore.apply(ctx);
            });
        }
        return known;
    }

    /** A new sign-in id at every sign-in: an id planted before it is worth nothing after. */
    public void signIn(Context ctx, Person person) {
        endSignIn(ctx);
        String id = signIns.start(person).id();
        ctx.cookie(Cookies.of(ctx, SIGN_IN_COOKIE, id, (int) SignInService.LIFETIME.toSeconds()));
    }

    public void signOut(Context ctx) {
        endSignIn(ctx);
        ctx.cookie(Cookies.of(ctx, SIGN_IN_COOKIE, "", 0));
    }

    private void endSignIn(Context ctx) {
        String id = Cookies.read(ctx, SIGN_IN_COOKIE);
        if (id != null && !id.isBlank()) {
            signIns.end(id);
        }
    }

    private Person bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new SignInRequired("problem.tokenMissing");
        }
        Person person = signIns.tokenOwner(header.substring(7).strip())
                .orElseThrow(() -> new SignInRequired("problem.tokenInvalid"));
        Speech.heard(ctx, person);
        return person;
    }
}
