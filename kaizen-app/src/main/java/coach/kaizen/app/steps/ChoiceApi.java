package coach.kaizen.app.steps;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.i18n.RequestLanguage;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.core.engine.Action;
import coach.kaizen.core.engine.Proposal;
import coach.kaizen.core.engine.ReasonCode;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * POST /api/v1/steps/{stepId}/choices: take a smaller size than the coach offers today; DELETE
 * …/choices/{date}: take today's back.
 */
public final class ChoiceApi {

    private final ChoiceService choices;
    private final Bodies bodies;

    public ChoiceApi(ChoiceService choices, Bodies bodies) {
        this.choices = choices;
        this.bodies = bodies;
    }

    record ChoiceRequest(Double size) {
    }

    /** Today's proposal after the choice. */
    record ProposalJson(long stepId, double size, Action proposal, ReasonCode reasonCode, String reason) {

        static ProposalJson of(Context ctx, long stepId, Proposal today) {
            return new ProposalJson(stepId, today.size(), today.action(), today.reason().code(),
                    RequestLanguage.of(ctx).say(today.reason().message()));
        }
    }

    public void create(Context ctx, Person person) {
        long stepId = Params.stepId(ctx);
        Proposal today = choices.choose(person, stepId, bodies.read(ctx, ChoiceRequest.class).size());
        ctx.status(HttpStatus.CREATED).json(ProposalJson.of(ctx, stepId, today));
    }

    public void delete(Context ctx, Person person) {
        long stepId = Params.stepId(ctx);
        Proposal today = choices.takeBack(person, stepId, Params.day(ctx.pathParam("date"), "date"))
                .orElseThrow(() -> new NotFound("choice"));
        ctx.json(ProposalJson.of(ctx, stepId, today));
    }
}
