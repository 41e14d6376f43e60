package coach.kaizen.app.steps;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;

/** /api/v1/aims/{aimId}/steps and /api/v1/steps/{stepId}. */
public final class StepApi {

    private final StepService steps;
    private final Bodies bodies;

    public StepApi(StepService steps, Bodies bodies) {
        this.steps = steps;
        this.bodies = bodies;
    }

    record StepRequest(String action, Double amount, String unit, Double quantum, Double floor, Double ceiling,
            String anchor, String schedule, List<String> rungs) {

        StepDraft draft() {
            return Invalid.check(
                    () -> StepDraft.of(action, amount, unit, quantum, floor, ceiling, anchor, schedule, rungs));
        }
    }

    record StepJson(long id, long aimId, String action, double amount, String unit, double quantum, double floor,
            Double ceiling, String anchor, String schedule, List<String> rungs, LocalDate startDay) {

        static StepJson of(Step step) {
            Sizing sizing = step.sizing();
            return new StepJson(step.id(), step.aimId(), step.action(), sizing.start(), sizing.unit(), sizing.quantum(),
                    sizing.floor(), sizing.ceiling(), step.anchor(), step.schedule().code(),
                    sizing.isLadder() ? sizing.rungs() : null, step.startDay());
        }

        StepRequest asRequest() {
            return new StepRequest(action, amount, unit, quantum, floor, ceiling, anchor, schedule, rungs);
        }
    }

    public void listForAim(Context ctx, Person person) {
        ctx.json(steps.listForAim(person, Params.aimId(ctx)).stream().map(StepJson::of).toList());
    }

    public void create(Context ctx, Person person) {
        StepDraft draft = bodies.read(ctx, StepRequest.class).draft();
        ctx.status(HttpStatus.CREATED).json(StepJson.of(steps.create(person, Params.aimId(ctx), draft)));
    }

    public void find(Context ctx, Person person) {
        ctx.json(StepJson.of(steps.find(person, Params.stepId(ctx))));
    }

    public void patch(Context ctx, Person person) {
        long stepId = Params.stepId(ctx);
        StepRequest current = StepJson.of(steps.find(person, stepId)).asRequest();
        StepDraft draft = bodies.patch(ctx, current, StepRequest.class).draft();
        ctx.json(StepJson.of(steps.update(person, stepId, draft)));
    }

    public void delete(Context ctx, Person person) {
        steps.delete(person, Params.stepId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
