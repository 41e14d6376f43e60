package coach.kaizen.app.web;

import coach.kaizen.app.api.Params;
import coach.kaizen.app.coach.Invalid;
import coach.kaizen.app.coach.Rejected;
import coach.kaizen.app.coach.Services;
import coach.kaizen.app.coach.TodayService.StepToday;
import coach.kaizen.app.coach.TodayService.Today;
import coach.kaizen.app.db.SessionStore.SignedIn;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.session.DailySession;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * The Today page: how the person is today, each step's proposal and strength, a one-tap
 * check-in, and a smaller size when they want one. With htmx a step's card is redrawn in place.
 */
final class TodayPage {

    private final Services services;
    private final Pages pages;

    TodayPage(Services services, Pages pages) {
        this.services = services;
        this.pages = pages;
    }

    void show(Context ctx, SignedIn who) {
        render(ctx, who, Refusal.NONE);
    }

    void saveReadiness(Context ctx, SignedIn who) {
        try {
            Readiness readiness = Invalid.check(() -> new Readiness(Fields.whole(ctx, "energy"),
                    Fields.whole(ctx, "stress"), Fields.whole(ctx, "craving")));
            services.readiness().save(who.person().id(), services.clock().today(who.person()), readiness);
            ctx.redirect(readiness.crisis() ? "/session/crisis" : "/today", HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, who, Refusal.ofReadiness(Speech.of(ctx).say(e.said())));
        }
    }

    void choose(Context ctx, SignedIn who) {
        long stepId = Params.id(ctx, "stepId", "step");
        try {
            services.choices().choose(who.person().id(), stepId, Fields.number(ctx, "size"));
        } catch (Invalid | Rejected e) {
            ctx.status(e instanceof Invalid ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
            answer(ctx, who, stepId, Speech.of(ctx).say(e.said()));
            return;
        }
        answer(ctx, who, stepId, null);
    }

    /** After a form on a step's card: the card alone for htmx, else the page (or back to it). */
    void answer(Context ctx, SignedIn who, long stepId, String error) {
        if (isHtmx(ctx)) {
            showCard(ctx, who, stepId, error == null ? "" : error);
        } else if (error != null) {
            render(ctx, who, new Refusal(stepId, error));
        } else {
            String back = inSession(ctx) ? "/session/today" : "/today";
            ctx.redirect(back + "#step-" + stepId, HttpStatus.SEE_OTHER);
        }
    }

    /** The card was used inside the daily session (field from=session), so the answer goes back there. */
    static boolean inSession(Context ctx) {
        return "session".equals(ctx.formParam("from"));
    }

    static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    private void showCard(Context ctx, SignedIn who, long stepId, String error) {
        Today today = services.today().today(who.person());
        StepToday card = today.steps().stream().filter(step -> step.step().id() == stepId).findFirst()
                .orElseThrow(() -> new Rejected(Message.of("steps.problem.notDueToday")));
        pages.render(ctx, "stepcard.jte", Map.of("frame", Frame.of(ctx, who), "card", card, "day", today.day(),
                "error", error, "from", inSession(ctx) ? "session" : "today"));
    }

    private void render(Context ctx, SignedIn who, Refusal refusal) {
        pages.render(ctx, "today.jte", Map.of("frame", Frame.of(ctx, who),
                "today", services.today().today(who.person()), "refusal", refusal,
                "session", services.dailySessions().find(who.person()).orElse(DailySession.fresh(services.clock().today(who.person()))),
                "recovery", services.recovery().panels(who.person())));
    }
}
