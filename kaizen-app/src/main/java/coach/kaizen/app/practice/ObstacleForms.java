package coach.kaizen.app.practice;

import coach.kaizen.app.http.Fields;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import java.util.function.LongSupplier;

/** An obstacle form's button (field action): add one to the aim, bring one into focus, or mark it removed. */
public final class ObstacleForms {

    private ObstacleForms() {
    }

    /** {@code aimId}: the aim a new obstacle goes to, read only when one is added. */
    public static void apply(Context ctx, ObstacleService obstacles, Person person, LongSupplier aimId) {
        switch (String.valueOf(ctx.formParam("action"))) {
            case "add" -> obstacles.add(person, aimId.getAsLong(), ctx.formParam("text"));
            case "focus" -> obstacles.focus(person, Fields.id(ctx, "obstacleId"));
            case "removed" -> obstacles.remove(person, Fields.id(ctx, "obstacleId"));
            default -> throw new Invalid(Message.of("practice.problem.action"));
        }
    }
}
