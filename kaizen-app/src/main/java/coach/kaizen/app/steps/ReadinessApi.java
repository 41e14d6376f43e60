package coach.kaizen.app.steps;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import java.time.LocalDate;

/** /api/v1/readiness/{date}: how the person is that day, each 0–10 and each optional. */
public final class ReadinessApi {

    private final ReadinessService readiness;
    private final Bodies bodies;

    public ReadinessApi(ReadinessService readiness, Bodies bodies) {
        this.readiness = readiness;
        this.bodies = bodies;
    }

    record ReadinessJson(LocalDate date, Integer energy, Integer stress, Integer craving, boolean notSafe) {

        static ReadinessJson of(LocalDate date, Readiness readiness) {
            return new ReadinessJson(date, readiness.energy(), readiness.stress(), readiness.craving(),
                    readiness.notSafe());
        }
    }

    /** {@code notSafe}: the person is not safe right now, which holds every step for 72 hours. */
    public record ReadinessRequest(Integer energy, Integer stress, Integer craving, Boolean notSafe) {

        public Readiness readiness() {
            return Invalid.check(() -> new Readiness(energy, stress, craving, Boolean.TRUE.equals(notSafe)));
        }
    }

    public void put(Context ctx, Person person) {
        LocalDate day = Params.day(ctx.pathParam("date"), "date");
        Readiness said = bodies.read(ctx, ReadinessRequest.class).readiness();
        readiness.save(person, day, said);
        // As kept: "not safe", once said, stays with the day.
        ctx.json(ReadinessJson.of(day, readiness.find(person, day)));
    }

    /** The day's answer; fields the person has not given are null. */
    public void get(Context ctx, Person person) {
        LocalDate day = Params.day(ctx.pathParam("date"), "date");
        ctx.json(ReadinessJson.of(day, readiness.find(person, day)));
    }
}
