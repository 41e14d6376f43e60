package coach.kaizen.app.steps;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.practice.ObstacleForms;
import coach.kaizen.app.practice.ObstacleService;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Map;

/** Aims: the list, one aim with its steps, and the forms that make and change them. */
public final class AimPages {

    private final AimService aims;
    private final StepService steps;
    private final ObstacleService obstacles;
    private final Pages pages;

    public AimPages(AimService aims, StepService steps, ObstacleService obstacles, Pages pages) {
        this.aims = aims;
        this.steps = steps;
        this.obstacles = obstacles;
        this.pages = pages;
    }

    public void list(Context ctx, SignedIn who) {
        showList(ctx, who, Form.of(Map.of("kind", AimKind.BUILD.name())));
    }

    public void create(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            Aim aim = aims.create(who.person(), draft(ctx));
            ctx.redirect("/aims/" + aim.id() + "#new-step", HttpStatus.SEE_OTHER);
        }, refused -> showList(ctx, who, refused));
    }

    public void show(Context ctx, SignedIn who) {
        Aim aim = aims.find(who.person(), Params.aimId(ctx));
        showAim(ctx, who, aim, formOf(aim), newStepForm(), Form.empty());
    }

    /** Adds, focuses or removes one of the aim's obstacles, then shows the aim again. */
    public void obstacle(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        Refusals.onRefusal(ctx, () -> {
            ObstacleForms.apply(ctx, obstacles, who.person(), () -> aimId);
            ctx.redirect("/aims/" + aimId + "#obstacles", HttpStatus.SEE_OTHER);
        }, refused -> {
            Aim aim = aims.find(who.person(), aimId);
            showAim(ctx, who, aim, formOf(aim), newStepForm(), refused);
        });
    }

    public void update(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        Refusals.onRefusal(ctx, () -> {
            aims.update(who.person(), aimId, draft(ctx));
            ctx.redirect("/aims/" + aimId + "?saved", HttpStatus.SEE_OTHER);
        }, refused -> showAim(ctx, who, aims.find(who.person(), aimId), refused, newStepForm(), Form.empty()));
    }

    /** Deletes the aim once its box says yes; without it nothing is deleted, whatever the browser let through. */
    public void delete(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        Refusals.onRefusal(ctx, () -> {
            Fields.confirmed(ctx, "aims.aim.deleteConfirm");
            aims.delete(who.person(), aimId);
            ctx.redirect("/aims?deleted", HttpStatus.SEE_OTHER);
        }, refused -> {
            Aim aim = aims.find(who.person(), aimId);
            showAim(ctx, who, aim, refused.over(formOf(aim).values()), Form.empty(), Form.empty());
        });
    }

    public void addStep(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        Refusals.onRefusal(ctx, () -> {
            steps.create(who.person(), aimId, StepForms.draft(ctx), StepForms.times(ctx));
            // Back to the aim, ready for the next step: the words above its form take focus (no #new-step, as a
            // page opened at a fragment focuses nothing).
            ctx.redirect("/aims/" + aimId + "?added", HttpStatus.SEE_OTHER);
        }, refused -> {
            Aim aim = aims.find(who.person(), aimId);
            showAim(ctx, who, aim, formOf(aim), refused, Form.empty());
        });
    }

    private void showList(Context ctx, SignedIn who, Form form) {
        pages.render(ctx, "aims.jte", Map.of("frame", Frame.of(ctx, who), "aims", aims.list(who.person()),
                "form", form, "deleted", ctx.queryParam("deleted") != null));
    }

    /** What the form before this page did to the aim, said at its top: saved, or a step deleted; else nothing. */
    private static String said(Context ctx) {
        String done = Params.flag(ctx, "saved", "deleted");
        return done == null ? "" : "aims.aim." + done;
    }

    private void showAim(Context ctx, SignedIn who, Aim aim, Form aimForm, Form stepForm, Form obstacleForm) {
        Person person = who.person();
        Frame frame = Frame.of(ctx, who);
        pages.render(ctx, "aim.jte", Map.of("frame", frame, "aim", aim, "said", said(ctx),
                "stepAdded", ctx.queryParam("added") != null,
                "steps", steps.listRemindedForAim(person, aim.id()), "aimForm", aimForm, "stepForm", stepForm,
                "obstacles", obstacles.forAim(person, aim.id()),
                "pictures", AimPictures.of(aims.progress(person, aim.id()), frame.texts()),
                "obstacleForm", obstacleForm));
    }

    private static Form formOf(Aim aim) {
        return Form.of(Map.of("title", aim.title(), "kind", aim.kind().name(),
                "identity", aim.identity() == null ? "" : aim.identity(),
                "counterFrom", aim.counterFrom() == null ? "" : aim.counterFrom().toString()));
    }

    /** Empty: a quantum left blank is chosen to fit the amount (2.5 km counts in steps of 0.5). */
    private static Form newStepForm() {
        return Form.empty();
    }

    private static AimDraft draft(Context ctx) {
        AimKind kind = Fields.choice(ctx, "kind", AimKind.class);
        LocalDate counterFrom = Fields.optionalDay(ctx, "counterFrom");
        return Invalid.check(() -> new AimDraft(Fields.text(ctx, "title"), kind, Fields.text(ctx, "identity"),
                counterFrom));
    }
}
