package coach.kaizen.app.recovery;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.recovery.EarnedStrength;
import coach.kaizen.core.recovery.SafetyPlan;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** /api/v1/safety-plan and /api/v1/strengths. */
public final class SafetyApi {

    private final SafetyService safety;
    private final Bodies bodies;

    public SafetyApi(SafetyService safety, Bodies bodies) {
        this.safety = safety;
        this.bodies = bodies;
    }

    record StrengthRequest(String name, String evidence) {
    }

    /** The six parts of the plan; each is the person's own words, or null. */
    record PlanJson(String warningSigns, String coping, String distractions, String helpers, String professionals,
            String safeSurroundings) {

        static PlanJson of(SafetyPlan plan) {
            return new PlanJson(plan.warningSigns(), plan.coping(), plan.distractions(), plan.helpers(),
                    plan.professionals(), plan.safeSurroundings());
        }

        SafetyPlan plan() {
            return Invalid.check(() -> new SafetyPlan(warningSigns, coping, distractions, helpers, professionals,
                    safeSurroundings));
        }
    }

    public void plan(Context ctx, Person person) {
        ctx.json(PlanJson.of(safety.plan(person)));
    }

    /** The whole plan: a part left out (or null) is emptied. */
    public void savePlan(Context ctx, Person person) {
        SafetyPlan plan = bodies.read(ctx, PlanJson.class).plan();
        ctx.json(PlanJson.of(safety.savePlan(person, plan)));
    }

    public void strengths(Context ctx, Person person) {
        ctx.json(safety.strengths(person));
    }

    public void addStrength(Context ctx, Person person) {
        StrengthRequest request = bodies.read(ctx, StrengthRequest.class);
        EarnedStrength added = safety.addStrength(person, request.name(), request.evidence());
        ctx.status(HttpStatus.CREATED).json(added);
    }

    public void deleteStrength(Context ctx, Person person) {
        safety.deleteStrength(person, Params.id(ctx, "strengthId", "strength"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

}
