package coach.kaizen.app.web;

import coach.kaizen.app.coach.Invalid;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** The step form's fields, read into a draft, and a saved step shown back in them. */
final class StepForms {

    private StepForms() {
    }

    static StepDraft draft(Context ctx) {
        Double amount = Fields.number(ctx, "amount");
        Double quantum = Fields.number(ctx, "quantum");
        Double floor = Fields.number(ctx, "floor");
        Double ceiling = Fields.number(ctx, "ceiling");
        return Invalid.check(() -> StepDraft.of(Fields.text(ctx, "action"), amount, Fields.text(ctx, "unit"), quantum,
                floor, ceiling, Fields.text(ctx, "anchor")));
    }

    static Form of(Step step) {
        Sizing sizing = step.sizing();
        Map<String, String> values = new HashMap<>();
        values.put("action", step.action());
        values.put("amount", Show.number(sizing.start()));
        values.put("unit", sizing.unit());
        values.put("quantum", Show.number(sizing.quantum()));
        values.put("floor", Show.number(sizing.floor()));
        values.put("ceiling", Show.number(sizing.ceiling()));
        values.put("anchor", step.anchor() == null ? "" : step.anchor());
        return Form.of(values);
    }
}
