package coach.kaizen.app.web;

import coach.kaizen.app.db.SessionStore.SignedIn;
import io.javalin.http.Context;
import java.util.Optional;

/** What every page's frame needs: the form token, who is signed in (if anyone), and whether it is the demo. */
public record Frame(String csrf, String username, boolean demo) {

    static Frame of(Context ctx, Optional<SignedIn> who) {
        return new Frame(Csrf.token(ctx, who), who.map(w -> w.person().username()).orElse(null),
                who.map(SignedIn::demo).orElse(false));
    }

    static Frame of(Context ctx, SignedIn who) {
        return of(ctx, Optional.of(who));
    }

    /** For error pages, which offer no forms. */
    static Frame bare() {
        return new Frame("", null, false);
    }

    public boolean signedIn() {
        return username != null;
    }
}
