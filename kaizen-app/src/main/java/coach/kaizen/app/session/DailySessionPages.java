package coach.kaizen.app.session;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.practice.ExperimentService;
import coach.kaizen.app.practice.ObstacleForms;
import coach.kaizen.app.practice.ObstacleService;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.steps.CheckInService;
import coach.kaizen.app.steps.TodayService;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The guided daily session, one part per page. Every answer is saved as it is given, so a session
 * left half-way opens again at its first part not done.
 */
public final class DailySessionPages {

    private final DailySessionService dailySessions;
    private final CheckInService checkIns;
    private final ObstacleService obstacles;
    private final ExperimentService experiments;
    private final TodayService today;
    private final PersonalClock clock;
    private final Pages pages;

    public DailySessionPages(DailySessionService dailySessions, CheckInService checkIns, ObstacleService obstacles,
            ExperimentService experiments, TodayService today, PersonalClock clock, Pages pages) {
        this.dailySessions = dailySessions;
        this.checkIns = checkIns;
        this.obstacles = obstacles;
        this.experiments = experiments;
        this.today = today;
        this.clock = clock;
        this.pages = pages;
    }

    /** To the part the person is at; once finished, the close again. */
    public void resume(Context ctx, SignedIn who) {
        Person person = who.person();
        resume(ctx, dailySessions.find(person).orElseGet(() -> DailySession.fresh(clock.today(person))));
    }

    public void show(Context ctx, SignedIn who) {
        SessionView view = view(who);
        Optional<Part> part = Part.ofCode(ctx.pathParam("part")).filter(view.session()::canVisit);
        if (part.isEmpty()) {
            resume(ctx, view.session());
            return;
        }
        render(ctx, who, view, part.get(), "");
    }

    public void arrive(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            boolean notSafe = "yes".equals(ctx.formParam("notSafe"));
            Readiness said = Invalid.check(() -> new Readiness(Fields.whole(ctx, "energy"), Fields.whole(ctx, "stress"),
                    Fields.whole(ctx, "craving"), notSafe));
            dailySessions.arrive(who.person(), said);
            ctx.redirect(said.crisis() ? "/session/crisis" : "/session", HttpStatus.SEE_OTHER);
        }, form -> refuse(ctx, who, Part.ARRIVE, form));
    }

    public void lookBack(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            CheckIn checkIn = Invalid.check(() -> new CheckIn(Fields.day(ctx, "day"),
                    Fields.choice(ctx, "outcome", Outcome.class), null, Fields.whole(ctx, "resistance"), null));
            checkIns.record(who.person(), Fields.id(ctx, "stepId"), checkIn);
            ctx.redirect("/session/" + Part.LOOK_BACK.code(), HttpStatus.SEE_OTHER);
        }, form -> refuse(ctx, who, Part.LOOK_BACK, form));
    }

    public void next(Context ctx, SignedIn who) {
        Part part = Part.ofCode(ctx.pathParam("part")).orElseThrow(() -> new Rejected(Message.of("session.problem.noSuchPart")));
        dailySessions.next(who.person(), part);
        ctx.redirect("/session", HttpStatus.SEE_OTHER);
    }

    public void question(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            if (ctx.formParam("skip") != null) {
                dailySessions.skip(who.person());
            } else {
                dailySessions.answer(who.person(), Fields.optionalId(ctx, "aimId"), ctx.formParam("answer"));
            }
            ctx.redirect("/session", HttpStatus.SEE_OTHER);
        }, form -> refuse(ctx, who, Part.QUESTION, form));
    }

    /** Adds an obstacle, brings one into focus, or marks it removed, then goes on. */
    public void obstacle(Context ctx, SignedIn who) {
        Person person = who.person();
        Refusals.onRefusal(ctx, () -> {
            dailySessions.requirePart(person, Part.OBSTACLE);
            // "Still there" and "not now" (action=later) change nothing but move on.
            if (!"later".equals(ctx.formParam("action"))) {
                ObstacleForms.apply(ctx, obstacles, person, () -> Fields.id(ctx, "aimId"));
            }
            dailySessions.next(person, Part.OBSTACLE);
            ctx.redirect("/session", HttpStatus.SEE_OTHER);
        }, form -> refuse(ctx, who, Part.OBSTACLE, form));
    }

    public void verdict(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            dailySessions.requirePart(who.person(), Part.EXPERIMENT);
            Verdict verdict = Fields.choice(ctx, "verdict", Verdict.class);
            experiments.decide(who.person(), Fields.id(ctx, "experimentId"), verdict);
            dailySessions.next(who.person(), Part.EXPERIMENT);
            ctx.redirect("/session", HttpStatus.SEE_OTHER);
        }, form -> refuse(ctx, who, Part.EXPERIMENT, form));
    }

    public void finish(Context ctx, SignedIn who) {
        dailySessions.finish(who.person());
        ctx.redirect("/session/" + Part.CLOSE.code(), HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, SignedIn who, Part part, Form refused) {
        render(ctx, who, view(who), part, refused.error());
    }

    private SessionView view(SignedIn who) {
        return dailySessions.view(who.person(), clock.today(who.person()));
    }

    private static void resume(Context ctx, DailySession session) {
        ctx.redirect("/session/" + session.current().orElse(Part.CLOSE).code(), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, SignedIn who, SessionView view, Part part, String error) {
        Map<String, Object> model = new HashMap<>(Map.of("frame", Frame.of(ctx, who), "view", view, "part", part,
                "error", error));
        if (part == Part.ARRIVE || part == Part.TODAY) {
            // The steps as the Today page shows them.
            model.put("today", today.today(who.person()));
        }
        pages.render(ctx, "session/" + part.code().replace("-", "") + ".jte", model);
    }
}
