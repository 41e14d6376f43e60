package coach.kaizen.app.steps;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.steps.StepService.RemindedStep;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.ReminderTimes;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** /api/v1/aims/{aimId}/steps and /api/v1/steps/{stepId}. */
public final class StepApi {

    private final StepService steps;
    private final Bodies bodies;

    public StepApi(StepService steps, Bodies bodies) {
        this.steps = steps;
        this.bodies = bodies;
    }

    /**
     * {@code reminders}: times of day ("07:30") on the person's clock, on the step's scheduled days;
     * {@code archived}: set aside, off Today and reminding no one, its days kept.
     */
    record StepRequest(String action, Double amount, String unit, Double quantum, Double floor, Double ceiling,
            String anchor, String schedule, List<String> rungs, List<String> reminders, Boolean archived) {

        StepDraft draft() {
            return Invalid.check(
                    () -> StepDraft.of(action, amount, unit, quantum, floor, ceiling, anchor, schedule, rungs));
        }

        List<LocalTime> times() {
            return Invalid.check(() -> ReminderTimes.parse(reminders));
        }
    }

    record StepJson(long id, long aimId, String action, double amount, String unit, double quantum, double floor,
            Double ceiling, String anchor, String schedule, List<String> rungs, LocalDate startDay,
            List<String> reminders, boolean archived) {

        static StepJson of(RemindedStep reminded) {
            Step step = reminded.step();
            Sizing sizing = step.sizing();
            return new StepJson(step.id(), step.aimId(), step.action(), sizing.start(), sizing.unit(), sizing.quantum(),
                    sizing.floor(), sizing.ceiling(), step.anchor(), step.schedule().code(),
                    sizing.isLadder() ? sizing.rungs() : null, step.startDay(),
                    reminded.reminders().stream().map(ReminderTimes::write).toList(), reminded.aside());
        }

        /**
         * What a PATCH starts from. A ladder's unit, quantum, floor and ceiling follow from its rungs, so they are
         * left out: a PATCH that drops the rungs must then say its unit, not inherit "rungs".
         */
        StepRequest asRequest() {
            return rungs == null
                    ? new StepRequest(action, amount, unit, quantum, floor, ceiling, anchor, schedule, rungs, reminders,
                            archived)
                    : new StepRequest(action, amount, null, null, null, null, anchor, schedule, rungs, reminders,
                            archived);
        }
    }

    public void listForAim(Context ctx, Person person) {
        ctx.json(steps.listRemindedForAim(person, Params.aimId(ctx)).stream().map(StepJson::of).toList());
    }

    public void create(Context ctx, Person person) {
        StepRequest request = bodies.read(ctx, StepRequest.class);
        ctx.status(HttpStatus.CREATED)
                .json(StepJson.of(steps.create(person, Params.aimId(ctx), request.draft(), request.times(),
                        Boolean.TRUE.equals(request.archived()))));
    }

    public void find(Context ctx, Person person) {
        ctx.json(StepJson.of(steps.findReminded(person, Params.stepId(ctx))));
    }

    public void patch(Context ctx, Person person) {
        long stepId = Params.stepId(ctx);
        StepRequest current = StepJson.of(steps.findReminded(person, stepId)).asRequest();
        StepRequest wanted = bodies.patch(ctx, current, StepRequest.class);
        ctx.json(StepJson.of(steps.update(person, stepId, wanted.draft(), wanted.times(), wanted.archived())));
    }

    public void delete(Context ctx, Person person) {
        steps.delete(person, Params.stepId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
