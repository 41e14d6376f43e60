package coach.kaizen.app.web;

import coach.kaizen.app.coach.TodayService;
import coach.kaizen.app.db.SessionStore.SignedIn;
import io.javalin.http.Context;
import java.util.Map;

/** The Today page: each step's proposal, its strength, and a one-tap check-in. */
final class TodayPage {

    private final TodayService today;
    private final Pages pages;

    TodayPage(TodayService today, Pages pages) {
        this.today = today;
        this.pages = pages;
    }

    void show(Context ctx, SignedIn who) {
        pages.render(ctx, "today.jte", Map.of("frame", Frame.of(ctx, who),
                "today", today.today(who.person())));
    }
}
