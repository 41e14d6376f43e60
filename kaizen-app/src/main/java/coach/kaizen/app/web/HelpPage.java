package coach.kaizen.app.web;

import coach.kaizen.app.coach.SafetyService;
import coach.kaizen.app.db.SessionStore.SignedIn;
import coach.kaizen.app.help.CrisisResources;
import coach.kaizen.app.help.CrisisResources.Country;
import coach.kaizen.core.recovery.EarnedStrength;
import coach.kaizen.core.recovery.SafetyPlan;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Need help now?": crisis lines for the person's country (?country=, else the browser's languages),
 * and, when signed in, their own safety plan and strengths. Plain HTML, no script needed.
 */
final class HelpPage {

    private final CrisisResources crisis;
    private final SafetyService safety;
    private final Auth auth;
    private final Pages pages;

    HelpPage(CrisisResources crisis, SafetyService safety, Auth auth, Pages pages) {
        this.crisis = crisis;
        this.safety = safety;
        this.auth = auth;
        this.pages = pages;
    }

    void show(Context ctx) {
        Optional<SignedIn> who = auth.signedIn(ctx);
        String asked = ctx.queryParam("country");
        Optional<Country> country = asked != null ? crisis.country(asked)
                : crisis.forLanguages(ctx.header("Accept-Language"));
        Map<String, Object> params = new HashMap<>();
        params.put("frame", Frame.of(ctx, who));
        params.put("country", country.orElse(null));
        params.put("countries", crisis.countries());
        params.put("plan", who.map(w -> safety.plan(w.person().id())).orElse(SafetyPlan.EMPTY));
        params.put("strengths", who.map(w -> safety.strengths(w.person().id())).orElse(List.<EarnedStrength>of()));
        pages.render(ctx, "help.jte", params);
    }
}
