package coach.kaizen.app.web;

import coach.kaizen.app.api.Params;
import coach.kaizen.app.coach.CheckInService;
import coach.kaizen.app.coach.Invalid;
import coach.kaizen.app.coach.Rejected;
import coach.kaizen.app.coach.Services;
import coach.kaizen.app.db.SessionStore.SignedIn;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.step.Step;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Map;

/** One step: its page (edit, history, correcting a day) and the check-in form of the Today page. */
final class StepPages {

    /** How far back the step page lists check-ins. */
    private static final int HISTORY_DAYS = 30;

    private final Services services;
    private final Pages pages;
    private final TodayPage today;

    StepPages(Services services, Pages pages, TodayPage today) {
        this.services = services;
        this.pages = pages;
        this.today = today;
    }

    void show(Context ctx, SignedIn who) {
        Step step = services.steps().find(who.person().id(), stepId(ctx));
        LocalDate today = services.clock().today(who.person());
        showStep(ctx, who, step, StepForms.of(step), Form.of(Map.of("day", today.toString())));
    }

    void update(Context ctx, SignedIn who) {
        long stepId = stepId(ctx);
        try {
            services.steps().update(who.person().id(), stepId, StepForms.draft(ctx));
            ctx.redirect("/steps/" + stepId, HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            Step step = services.steps().find(who.person().id(), stepId);
            ctx.status(HttpStatus.BAD_REQUEST);
            showStep(ctx, who, step, Form.refused(ctx, Speech.of(ctx).say(e.said())), Form.empty());
        }
    }

    void delete(Context ctx, SignedIn who) {
        Step step = services.steps().find(who.person().id(), stepId(ctx));
        services.steps().delete(who.person().id(), step.id());
        ctx.redirect("/aims/" + step.aimId(), HttpStatus.SEE_OTHER);
    }

    /**
     * From a card (field from=today, or from=session in the session) the card is redrawn in place; from
     * the step page, back to it.
     */
    void checkIn(Context ctx, SignedIn who) {
        long stepId = stepId(ctx);
        boolean fromToday = "today".equals(ctx.formParam("from")) || TodayPage.inSession(ctx);
        try {
            services.checkIns().record(who.person().id(), stepId, checkIn(ctx));
        } catch (Invalid | Rejected e) {
            ctx.status(e instanceof Invalid ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
            Form refused = Form.refused(ctx, Speech.of(ctx).say(e.said()));
            if (fromToday && TodayPage.isHtmx(ctx)) {
                today.answer(ctx, who, stepId, refused.error());
            } else {
                Step step = services.steps().find(who.person().id(), stepId);
                showStep(ctx, who, step, StepForms.of(step), refused);
            }
            return;
        }
        if (fromToday) {
            today.answer(ctx, who, stepId, null);
        } else {
            ctx.redirect("/steps/" + stepId, HttpStatus.SEE_OTHER);
        }
    }

    private static CheckIn checkIn(Context ctx) {
        LocalDate day = Fields.day(ctx, "day");
        Outcome outcome = Fields.choice(ctx, "outcome", Outcome.class);
        Double amount = Fields.number(ctx, "amount");
        Integer resistance = Fields.whole(ctx, "resistance");
        return Invalid.check(() -> new CheckIn(day, outcome, outcome == Outcome.DONE ? amount : null, resistance,
                Fields.text(ctx, "note")));
    }

    /** Starts an experiment on the step, or decides on one, then shows the step again. */
    void experiment(Context ctx, SignedIn who) {
        long stepId = stepId(ctx);
        try {
            if (ctx.formParam("verdict") != null) {
                services.experiments().decide(who.person(), Fields.id(ctx, "experimentId"),
                        Fields.choice(ctx, "verdict", Verdict.class));
            } else {
                services.experiments().start(who.person(), stepId, Fields.choice(ctx, "kind", ExperimentKind.class),
                        ctx.formParam("change"), Fields.whole(ctx, "days"));
            }
            ctx.redirect("/steps/" + stepId + "#experiments", HttpStatus.SEE_OTHER);
        } catch (Invalid | Rejected e) {
            ctx.status(e instanceof Invalid ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
            Step step = services.steps().find(who.person().id(), stepId);
            showStep(ctx, who, step, StepForms.of(step), Form.empty(), Form.refused(ctx, e.getMessage()));
        }
    }

    private void showStep(Context ctx, SignedIn who, Step step, Form stepForm, Form checkInForm) {
        showStep(ctx, who, step, stepForm, checkInForm, Form.of(Map.of("days", "7")));
    }

    private void showStep(Context ctx, SignedIn who, Step step, Form stepForm, Form checkInForm, Form experimentForm) {
        long userId = who.person().id();
        LocalDate today = services.clock().today(who.person());
        LocalDate from = today.minusDays(HISTORY_DAYS - 1).isBefore(step.startDay())
                ? step.startDay() : today.minusDays(HISTORY_DAYS - 1);
        LocalDate earliest = today.minusDays(CheckInService.LATE_DAYS);
        pages.render(ctx, "step.jte", Map.of("frame", Frame.of(ctx, who), "step", step,
                "aim", services.aims().find(userId, step.aimId()), "checkIns",
                services.checkIns().list(userId, step.id(), from, today), "today", today,
                "earliest", earliest.isBefore(step.startDay()) ? step.startDay() : earliest,
                "stepForm", stepForm, "checkInForm", checkInForm,
                "trials", services.experiments().forStep(who.person(), step.id()), "experimentForm", experimentForm));
    }

    private static long stepId(Context ctx) {
        return Params.id(ctx, "stepId", "step");
    }
}
