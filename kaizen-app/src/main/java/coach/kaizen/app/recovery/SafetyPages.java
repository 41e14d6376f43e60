package coach.kaizen.app.recovery;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.recovery.SafetyPlan;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.stream.Collectors;

/** The safety plan (edit, and print with its phone numbers to tap) and the strengths inventory. */
public final class SafetyPages {

    private final SafetyService safety;
    private final Pages pages;

    public SafetyPages(SafetyService safety, Pages pages) {
        this.safety = safety;
        this.pages = pages;
    }

    public void showPlan(Context ctx, SignedIn who) {
        SafetyPlan plan = safety.plan(who.person());
        Map<String, String> values = PlanPart.ALL.stream().collect(Collectors.toMap(PlanPart::field, part -> part.in(plan)));
        showPlan(ctx, who, plan, Form.of(values), "saved".equals(ctx.queryParam("done")));
    }

    public void savePlan(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            SafetyPlan plan = Invalid.check(() -> PlanPart.from(ctx::formParam));
            safety.savePlan(who.person(), plan);
            ctx.redirect("/safety-plan?done=saved", HttpStatus.SEE_OTHER);
        }, refused -> showPlan(ctx, who, safety.plan(who.person()), refused, false));
    }

    public void showStrengths(Context ctx, SignedIn who) {
        showStrengths(ctx, who, Form.empty());
    }

    public void addStrength(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            safety.addStrength(who.person(), Fields.text(ctx, "name"), Fields.text(ctx, "evidence"));
            ctx.redirect("/strengths", HttpStatus.SEE_OTHER);
        }, refused -> showStrengths(ctx, who, refused));
    }

    public void deleteStrength(Context ctx, SignedIn who) {
        safety.deleteStrength(who.person(), Params.id(ctx, "strengthId", "strength"));
        ctx.redirect("/strengths", HttpStatus.SEE_OTHER);
    }

    /** The form shows {@code form}'s words; the printable view shows the {@code plan} as saved. */
    private void showPlan(Context ctx, SignedIn who, SafetyPlan plan, Form form, boolean saved) {
        pages.render(ctx, "safetyplan.jte", Map.of("frame", Frame.of(ctx, who), "form", form, "saved", saved,
                "plan", plan));
    }

    private void showStrengths(Context ctx, SignedIn who, Form form) {
        pages.render(ctx, "strengths.jte", Map.of("frame", Frame.of(ctx, who), "form", form,
                "strengths", safety.strengths(who.person())));
    }
}
