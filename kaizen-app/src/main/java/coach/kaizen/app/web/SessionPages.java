package coach.kaizen.app.web;

import coach.kaizen.app.coach.DailySessionService;
import coach.kaizen.app.coach.Explained;
import coach.kaizen.app.coach.Invalid;
import coach.kaizen.app.coach.Rejected;
import coach.kaizen.app.coach.Services;
import coach.kaizen.app.db.SessionStore.SignedIn;
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

/**
 * The guided daily session, one part per page. Every answer is saved as it is given, so a session
 * left half-way opens again at its first part not done.
 */
final class SessionPages {

    private final Services services;
    private final DailySessionService sessions;
    private final Pages pages;

    SessionPages(Services services, Pages pages) {
        this.services = services;
        this.sessions = services.dailySessions();
        this.pages = pages;
    }

    /** To the part the person is at; once finished, the close again. */
    void resume(Context ctx, SignedIn who) {
        DailySession session = sessions.open(who.person());
        Part part = session.current().orElse(Part.CLOSE);
        ctx.redirect("/session/" + part.code(), HttpStatus.SEE_OTHER);
    }

    void show(Context ctx, SignedIn who) {
        DailySession session = sessions.open(who.person());
        Part part = Part.ofCode(ctx.pathParam("part")).filter(session::has).orElse(null);
        if (part == null) {
            resume(ctx, who);
            return;
        }
        render(ctx, who, session, part, "");
    }

    void arrive(Context ctx, SignedIn who) {
        try {
            boolean notSafe = "yes".equals(ctx.formParam("notSafe"));
            Readiness said = Invalid.check(() -> new Readiness(Fields.whole(ctx, "energy"), Fields.whole(ctx, "stress"),
                    Fields.whole(ctx, "craving"), notSafe));
            sessions.arrive(who.person(), said);
            ctx.redirect(said.crisis() ? "/session/crisis" : "/session", HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            refuse(ctx, who, Part.ARRIVE, e);
        }
    }


    void lookBack(Context ctx, SignedIn who) {
        try {
            CheckIn checkIn = Invalid.check(() -> new CheckIn(Fields.day(ctx, "day"),
                    Fields.choice(ctx, "outcome", Outcome.class), null, Fields.whole(ctx, "resistance"), null));
            services.checkIns().record(who.person().id(), Fields.id(ctx, "stepId"), checkIn);
            ctx.redirect("/session/" + Part.LOOK_BACK.code(), HttpStatus.SEE_OTHER);
        } catch (Invalid | Rejected e) {
            refuse(ctx, who, Part.LOOK_BACK, e);
        }
    }

    void next(Context ctx, SignedIn who) {
        Part part = Part.ofCode(ctx.pathParam("part")).orElseThrow(() -> new Rejected(Message.of("session.problem.noSuchPart")));
        sessions.next(who.person(), part);
        ctx.redirect("/session", HttpStatus.SEE_OTHER);
    }

    void question(Context ctx, SignedIn who) {
        try {
            if (ctx.formParam("skip") != null) {
                sessions.skip(who.person());
            } else {
                sessions.answer(who.person(), Fields.optionalId(ctx, "aimId"), ctx.formParam("answer"));
            }
            ctx.redirect("/session", HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            refuse(ctx, who, Part.QUESTION, e);
        }
    }

    /** Adds an obstacle, brings one into focus, or marks it removed, then goes on. */
    void obstacle(Context ctx, SignedIn who) {
        Person person = who.person();
        try {
            sessions.requirePart(person, Part.OBSTACLE);
            // "Still there" and "not now" (action=later) change nothing but move on.
            if (!"later".equals(ctx.formParam("action"))) {
                ObstacleForms.apply(ctx, services.obstacles(), person, () -> Fields.id(ctx, "aimId"));
            }
            sessions.next(person, Part.OBSTACLE);
            ctx.redirect("/session", HttpStatus.SEE_OTHER);
        } catch (Invalid | Rejected e) {
            refuse(ctx, who, Part.OBSTACLE, e);
        }
    }

    void verdict(Context ctx, SignedIn who) {
        try {
            sessions.requirePart(who.person(), Part.EXPERIMENT);
            Verdict verdict = Fields.choice(ctx, "verdict", Verdict.class);
            services.experiments().decide(who.person(), Fields.id(ctx, "experimentId"), verdict);
            sessions.next(who.person(), Part.EXPERIMENT);
            ctx.redirect("/session", HttpStatus.SEE_OTHER);
        } catch (Invalid | Rejected e) {
            refuse(ctx, who, Part.EXPERIMENT, e);
        }
    }

    void finish(Context ctx, SignedIn who) {
        sessions.finish(who.person());
        ctx.redirect("/session/" + Part.CLOSE.code(), HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, SignedIn who, Part part, Explained e) {
        ctx.status(e instanceof Invalid ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
        render(ctx, who, sessions.open(who.person()), part, Speech.of(ctx).say(e.said()));
    }

    private void render(Context ctx, SignedIn who, DailySession session, Part part, String error) {
        Person person = who.person();
        Map<String, Object> model = new HashMap<>();
        model.put("frame", Frame.of(ctx, who));
        model.put("session", session);
        model.put("part", part);
        model.put("error", error);
        switch (part) {
            case ARRIVE -> model.put("today", services.today().today(person));
            case LOOK_BACK -> model.put("days", sessions.lookBack(person));
            case TODAY -> model.put("today", services.today().today(person));
            case QUESTION -> {
                model.put("question", sessions.question(person).orElse(null));
                model.put("aims", services.aims().list(person.id()));
            }
            case OBSTACLE -> model.put("attention", sessions.obstacle(person).orElse(null));
            case EXPERIMENT -> model.put("trial", sessions.trialToDecide(person).orElse(null));
            case CLOSE -> model.put("closing", sessions.closing(person));
        }
        pages.render(ctx, "session/" + part.code().replace("-", "") + ".jte", model);
    }
}
