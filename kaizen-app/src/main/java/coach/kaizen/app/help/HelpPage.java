package coach.kaizen.app.help;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.help.CrisisResources.Country;
import coach.kaizen.app.http.Auth;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Speech;
import coach.kaizen.app.i18n.Places;
import coach.kaizen.app.recovery.SafetyService;
import coach.kaizen.core.recovery.EarnedStrength;
import coach.kaizen.core.recovery.SafetyPlan;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Need help now?" and the crisis card: the emergency numbers and crisis lines of the person's
 * country (?country=, else their setting, else the browser's languages) as links to tap, and, on
 * the help page when signed in, their own safety plan and strengths. Plain HTML, no script needed.
 */
public final class HelpPage {

    private final CrisisResources crisis;
    private final SafetyService safety;
    private final Auth auth;
    private final Pages pages;

    public HelpPage(CrisisResources crisis, SafetyService safety, Auth auth, Pages pages) {
        this.crisis = crisis;
        this.safety = safety;
        this.auth = auth;
        this.pages = pages;
    }

    public void show(Context ctx) {
        Optional<SignedIn> who = auth.signedIn(ctx);
        Frame frame = Frame.of(ctx, who);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", frame);
        params.put("country", country(ctx, who).orElse(null));
        params.put("countries", Places.countries(frame.texts()));
        params.put("plan", who.map(w -> safety.plan(w.person())).orElse(SafetyPlan.EMPTY));
        params.put("strengths", who.map(w -> safety.strengths(w.person())).orElse(List.<EarnedStrength>of()));
        pages.render(ctx, "help.jte", params);
    }

    /** The crisis card: help first, and the person's own safety plan; the session waits until they choose to go on. */
    public void card(Context ctx, SignedIn who) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", Frame.of(ctx, who));
        params.put("country", country(ctx, Optional.of(who)).orElse(null));
        params.put("plan", safety.plan(who.person()));
        pages.render(ctx, "session/crisis.jte", params);
    }

    private Optional<Country> country(Context ctx, Optional<SignedIn> who) {
        return crisis.forPerson(ctx.queryParam("country"), who.map(w -> w.person().country()).orElse(null),
                ctx.header("Accept-Language"), Speech.of(ctx).language());
    }
}
