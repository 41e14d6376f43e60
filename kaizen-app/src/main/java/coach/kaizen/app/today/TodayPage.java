package coach.kaizen.app.today;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.IdempotencyKeys;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.http.Refusal;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.recovery.RecoveryService;
import coach.kaizen.app.recovery.RecoveryService.Panel;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.session.DailySessionService;
import coach.kaizen.app.steps.CheckInService;
import coach.kaizen.app.steps.ChoiceService;
import coach.kaizen.app.steps.ReadinessService;
import coach.kaizen.app.steps.StepPages;
import coach.kaizen.app.steps.TodayService.StepToday;
import coach.kaizen.app.steps.TodayService.Today;
import coach.kaizen.app.steps.TodayService;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.IsoWeek;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Today page: how the person is today, each step's proposal and strength, a one-tap
 * check-in, and a smaller size when they want one. With htmx a step's card is redrawn in place.
 */
public final class TodayPage {

    private final ReadinessService readinessService;
    private final PersonalClock clock;
    private final ChoiceService choices;
    private final TodayService todayService;
    private final DailySessionService dailySessions;
    private final RecoveryService recovery;
    private final CheckInService checkIns;
    private final StepPages stepPages;
    private final Pages pages;

    public TodayPage(ReadinessService readiness, PersonalClock clock, ChoiceService choices, TodayService today, DailySessionService dailySessions, RecoveryService recovery, CheckInService checkIns, StepPages stepPages, Pages pages) {
        this.readinessService = readiness;
        this.clock = clock;
        this.choices = choices;
        this.todayService = today;
        this.dailySessions = dailySessions;
        this.recovery = recovery;
        this.checkIns = checkIns;
        this.stepPages = stepPages;
        this.pages = pages;
    }

    public void show(Context ctx, SignedIn who) {
        render(ctx, who, Refusal.NONE);
    }

    public void saveReadiness(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            Readiness readiness = Invalid.check(() -> new Readiness(Fields.whole(ctx, "energy"),
                    Fields.whole(ctx, "stress"), Fields.whole(ctx, "craving")));
            if (readiness.equals(Readiness.UNKNOWN)) {
                throw new Invalid(Message.of("steps.problem.readinessNothing"));
            }
            readinessService.save(who.person(), clock.today(who.person()), readiness);
            ctx.redirect(readiness.crisis() ? "/session/crisis" : "/today", HttpStatus.SEE_OTHER);
        }, refused -> render(ctx, who, Refusal.ofReadiness(refused)));
    }

    public void choose(Context ctx, SignedIn who) {
        long stepId = Params.stepId(ctx);
        Refusals.onRefusal(ctx, () -> {
            choices.choose(who.person(), stepId, Fields.number(ctx, "size"));
            answer(ctx, who, stepId, null);
        }, refused -> answer(ctx, who, stepId, refused));
    }

    /** Takes back today's choice: the coach's offer comes back to the card (a second tap finds it there already). */
    public void takeBack(Context ctx, SignedIn who) {
        long stepId = Params.stepId(ctx);
        Refusals.onRefusal(ctx, () -> {
            choices.takeBack(who.person(), stepId, clock.today(who.person()));
            answer(ctx, who, stepId, null);
        }, refused -> answer(ctx, who, stepId, refused));
    }

    /**
     * From a card (field from=today, or from=session in the session) the card is redrawn in place; from
     * the step page, back to it.
     */
    public void checkIn(Context ctx, SignedIn who) {
        long stepId = Params.stepId(ctx);
        boolean fromToday = "today".equals(ctx.formParam("from")) || inSession(ctx);
        Refusals.onRefusal(ctx, () -> {
            CheckIn said = checkIn(ctx);
            checkIns.record(who.person(), stepId, said, IdempotencyKeys.fromForm(ctx));
            if (fromToday) {
                answer(ctx, who, stepId, null);
            } else {
                // Back to the step's days, with a word that this one was saved: it takes focus there (no fragment,
                // which would prevent that).
                ctx.redirect("/steps/" + stepId + "?checkedIn=" + said.day(), HttpStatus.SEE_OTHER);
            }
        }, refused -> {
            if (fromToday && isHtmx(ctx)) {
                answer(ctx, who, stepId, refused);
            } else {
                stepPages.showRefused(ctx, who, stepId, refused);
            }
        });
    }

    private static CheckIn checkIn(Context ctx) {
        LocalDate day = Fields.day(ctx, "day");
        Outcome outcome = Fields.choice(ctx, "outcome", Outcome.class);
        Double amount = Fields.number(ctx, "amount");
        Integer resistance = Fields.whole(ctx, "resistance");
        return Invalid.check(() -> CheckIn.said(day, outcome, outcome == Outcome.DONE ? amount : null, resistance,
                Fields.text(ctx, "note")));
    }

    /**
     * After a form on a step's card ({@code refused} when it was sent back, else null): the card alone
     * for htmx, else the page (or back to it).
     */
    public void answer(Context ctx, SignedIn who, long stepId, Form refused) {
        if (isHtmx(ctx)) {
            showCard(ctx, who, stepId, refused == null ? Form.empty() : refused);
        } else if (refused != null) {
            render(ctx, who, new Refusal(stepId, refused));
        } else {
            String back = inSession(ctx) ? "/session/today" : "/today";
            ctx.redirect(back + "#step-" + stepId, HttpStatus.SEE_OTHER);
        }
    }

    /** The card was used inside the daily session (field from=session), so the answer goes back there. */
    public static boolean inSession(Context ctx) {
        return "session".equals(ctx.formParam("from"));
    }

    public static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    private void showCard(Context ctx, SignedIn who, long stepId, Form refused) {
        Today today = todayService.today(who.person());
        StepToday card = today.steps().stream().filter(step -> step.step().id() == stepId).findFirst()
                .orElseThrow(() -> new Rejected(Message.of("steps.problem.notDueToday")));
        pages.render(ctx, "stepcard.jte", Map.of("frame", Frame.of(ctx, who), "card", card, "day", today.day(),
                "refused", refused, "from", inSession(ctx) ? "session" : "today"));
    }

    /** The aim a one-tap win was just logged for (?won=7), to say so on its card; 0 for none. */
    private static long wonOn(Context ctx) {
        String won = ctx.queryParam("won");
        return won != null && won.matches("[1-9][0-9]{0,17}") ? Long.parseLong(won) : 0;
    }

    private void render(Context ctx, SignedIn who, Refusal refusal) {
        Person person = who.person();
        LocalDate day = clock.today(person);
        Today today = todayService.today(person);
        List<Panel> panels = recovery.panels(person);
        // A way to the week's review once there is a week to see (a step begun before today, or a recovery win
        // or urge said; aims keep no day they were made): last week's on the first day of the week, when something
        // was there before today, else this one.
        boolean before = today.steps().stream().anyMatch(card -> card.step().startDay().isBefore(day))
                || panels.stream().anyMatch(panel -> panel.tally().votes() > panel.tally().todaysWins().size());
        boolean hadOne = before || panels.stream().anyMatch(panel -> panel.tally().votes() > 0);
        boolean weekBegins = person.weekOf(day).equals(day);
        String lastWeek = before && weekBegins ? IsoWeek.named(day.minusWeeks(1)).toString() : "";
        pages.render(ctx, "today.jte", Map.of("frame", Frame.of(ctx, who), "lastWeek", lastWeek,
                "weekSoFar", hadOne && !weekBegins, "today", today,
                "refusal", refusal, "session", dailySessions.find(person).orElse(DailySession.fresh(day)),
                "recovery", panels, "won", wonOn(ctx)));
    }
}
