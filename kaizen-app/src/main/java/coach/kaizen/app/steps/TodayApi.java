package coach.kaizen.app.steps;

import coach.kaizen.app.i18n.RequestLanguage;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.steps.TodayService.StepToday;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Action;
import coach.kaizen.core.engine.Proposal;
import coach.kaizen.core.engine.ReasonCode;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import java.time.LocalDate;

/** GET /api/v1/today: each step due today with the coach's proposal and its strength. */
public final class TodayApi {

    private final TodayService today;

    public TodayApi(TodayService today) {
        this.today = today;
    }

    /**
     * One step due today. {@code size}, {@code proposal} and {@code reason} are for the next
     * check-in: today's, or tomorrow's once today is checked in ({@code checkedIn}).
     */
    record TodayStepJson(long stepId, long aimId, String action, String anchor, LocalDate date, double size,
            String unit, String sizeText, Action proposal, ReasonCode reasonCode, String reason, double strength,
            Outcome checkedIn) {

        static TodayStepJson of(StepToday step, LocalDate date, Texts texts) {
            Proposal proposal = step.proposal();
            String sizeText = texts.say(step.step().sizing().said(proposal.size()));
            return new TodayStepJson(step.step().id(), step.aim().id(), step.step().action(), step.step().anchor(),
                    date, proposal.size(), step.step().sizing().unit(), sizeText,
                    proposal.action(), proposal.reason().code(), texts.say(proposal.reason().message()), step.strength(),
                    step.checkIn().map(CheckIn::outcome).orElse(null));
        }
    }

    public void show(Context ctx, Person person) {
        TodayService.Today day = today.today(person);
        Texts texts = RequestLanguage.of(ctx);
        ctx.json(day.steps().stream().map(step -> TodayStepJson.of(step, day.day(), texts)).toList());
    }
}
