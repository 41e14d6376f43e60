package coach.kaizen.app.steps;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;

/** /api/v1/aims: a person's aims. */
public final class AimApi {

    private final AimService aims;
    private final Bodies bodies;

    public AimApi(AimService aims, Bodies bodies) {
        this.aims = aims;
        this.bodies = bodies;
    }

    /** {@code identity}: "I am someone who …", or null; {@code counterFrom}: a recovery aim's days-since counter, or null. */
    record AimRequest(String title, AimKind kind, String identity, LocalDate counterFrom) {

        AimDraft draft() {
            return Invalid.check(() -> new AimDraft(title, kind, identity, counterFrom));
        }
    }

    record AimJson(long id, String title, AimKind kind, String identity, LocalDate counterFrom) {

        static AimJson of(Aim aim) {
            return new AimJson(aim.id(), aim.title(), aim.kind(), aim.identity(), aim.counterFrom());
        }
    }

    public void list(Context ctx, Person person) {
        ctx.json(aims.list(person).stream().map(AimJson::of).toList());
    }

    public void create(Context ctx, Person person) {
        AimDraft draft = bodies.read(ctx, AimRequest.class).draft();
        ctx.status(HttpStatus.CREATED).json(AimJson.of(aims.create(person, draft)));
    }

    public void find(Context ctx, Person person) {
        ctx.json(AimJson.of(aims.find(person, Params.aimId(ctx))));
    }

    public void patch(Context ctx, Person person) {
        long aimId = Params.aimId(ctx);
        Aim current = aims.find(person, aimId);
        AimDraft draft = bodies.patch(ctx, new AimRequest(current.title(), current.kind(), current.identity(),
                current.counterFrom()), AimRequest.class).draft();
        ctx.json(AimJson.of(aims.update(person, aimId, draft)));
    }

    public void delete(Context ctx, Person person) {
        aims.delete(person, Params.aimId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
