package coach.kaizen.app.steps;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.steps.CheckInService.Answer;
import coach.kaizen.app.steps.CheckInService.Result;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * /api/v1/steps/{stepId}/check-ins: one check-in per step per day; putting (or posting) a day again corrects it.
 */
public final class CheckInApi {

    /** The longest range one listing may ask for. */
    private static final int MAX_DAYS = 366;

    private final CheckInService checkIns;
    private final PersonalClock clock;
    private final Bodies bodies;

    public CheckInApi(CheckInService checkIns, PersonalClock clock, Bodies bodies) {
        this.checkIns = checkIns;
        this.clock = clock;
        this.bodies = bodies;
    }

    record CheckInRequest(Outcome outcome, Double amount, Integer resistance, String note) {

        CheckIn on(LocalDate day) {
            return Invalid.check(() -> CheckIn.said(day, outcome, amount, resistance, note));
        }
    }

    /** A check-in posted to the step: on {@code date}, or on the person's today when it says none. */
    record NewCheckInRequest(LocalDate date, Outcome outcome, Double amount, Integer resistance, String note) {

        CheckIn on(LocalDate today) {
            return new CheckInRequest(outcome, amount, resistance, note).on(date == null ? today : date);
        }
    }

    /** A check-in as the API shows it. */
    record CheckInJson(long stepId, LocalDate date, Outcome outcome, Double amount, Integer resistance, String note,
            Instant createdAt, Instant updatedAt) {

        static CheckInJson of(SavedCheckIn saved) {
            CheckIn checkIn = saved.checkIn();
            return new CheckInJson(saved.stepId(), checkIn.day(), checkIn.outcome(), checkIn.amount(),
                    checkIn.resistance(), checkIn.note(), saved.createdAt(), saved.updatedAt());
        }
    }

    public void put(Context ctx, Person person) {
        long stepId = Params.stepId(ctx);
        LocalDate day = Params.day(ctx.pathParam("date"), "date");
        CheckIn checkIn = bodies.read(ctx, CheckInRequest.class).on(day);
        Result result = checkIns.record(person, stepId, checkIn);
        ctx.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).json(CheckInJson.of(result.checkIn()));
    }

    /**
     * Posts a check-in; with an {@code Idempotency-Key} header it is saved once, and the same request sent
     * again with the key gets the first answer (201 or 200, and the check-in as it was then).
     */
    public void post(Context ctx, Person person) {
        long stepId = Params.stepId(ctx);
        NewCheckInRequest request = bodies.read(ctx, NewCheckInRequest.class);
        Answer answer = checkIns.record(person, stepId, request.on(clock.today(person)),
                bodies.idempotencyKey(ctx, request));
        ctx.status(answer.created() ? HttpStatus.CREATED : HttpStatus.OK).json(CheckInJson.of(answer.checkIn()));
    }

    /** ?from=&to= (both included); by default the last 30 days up to today. */
    public void list(Context ctx, Person person) {
        long stepId = Params.stepId(ctx);
        LocalDate today = clock.today(person);
        LocalDate to = ctx.queryParam("to") == null ? today : Params.day(ctx.queryParam("to"), "to");
        LocalDate from = ctx.queryParam("from") == null ? to.minusDays(29) : Params.day(ctx.queryParam("from"), "from");
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new Invalid(Message.of("steps.problem.range", MAX_DAYS));
        }
        ctx.json(checkIns.list(person, stepId, from, to).stream().map(CheckInJson::of).toList());
    }
}
