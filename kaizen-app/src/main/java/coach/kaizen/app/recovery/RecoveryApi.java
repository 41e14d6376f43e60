package coach.kaizen.app.recovery;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.recovery.RecoveryService.Panel;
import coach.kaizen.app.recovery.RecoveryService.Progress;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.Milestones;
import coach.kaizen.core.picture.NotSpent;
import coach.kaizen.core.picture.RecoveryRuns.Run;
import coach.kaizen.core.picture.RecoveryRuns;
import coach.kaizen.core.recovery.DailyCost;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.Slip;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A recovery aim's wins, urges and slips: /api/v1/aims/{aimId}/recovery, …/not-spent, …/actions, …/urges, …/slips. */
public final class RecoveryApi {

    private final RecoveryService recovery;
    private final SlipService slips;
    private final Bodies bodies;

    public RecoveryApi(RecoveryService recovery, SlipService slips, Bodies bodies) {
        this.recovery = recovery;
        this.slips = slips;
        this.bodies = bodies;
    }

    /**
     * The aim's totals (never reset), today's wins and, when turned on, the days-since counter with
     * every run it has counted ({@code runs} is null while it is off); what a day of the habit cost
     * and what was not spent ({@code notSpent} null until said).
     */
    record RecoveryJson(long aimId, Integer daysSince, LocalDate countingFrom, int actions, int urgesPassed, int urges,
            List<String> todaysWins, List<String> recentTriggers, List<String> ownWins, RunsJson runs,
            NotSpentJson notSpent) {

        static RecoveryJson of(Progress progress, Texts texts) {
            Panel panel = progress.panel();
            var tally = panel.tally();
            return new RecoveryJson(panel.aim().id(), tally.daysSince(), tally.countingFrom(), tally.actions(),
                    tally.urgesPassed(), tally.urges(), tally.todaysWins().stream().map(texts::say).toList(),
                    panel.recentTriggers(), panel.ownWins(), RunsJson.of(progress.runs()), NotSpentJson.of(progress));
        }
    }

    /** Every run, oldest first; a slip starts a new one. */
    record RunsJson(List<Run> all, Run longest, int totalDays, List<Integer> milestonesReached, int nextMilestone) {

        static RunsJson of(RecoveryRuns runs) {
            if (runs == null) {
                return null;
            }
            Milestones milestones = runs.milestones();
            return new RunsJson(runs.runs(), runs.longest(), runs.totalDays(), milestones.reached(),
                    milestones.next());
        }
    }

    /** What a day cost, as said; {@code currentRun} and {@code inAll} are null while the counter is off. */
    record NotSpentJson(BigDecimal moneyPerDay, String currency, Integer minutesPerDay, NotSpent.Amount currentRun,
            NotSpent.Amount inAll) {

        static NotSpentJson of(Progress progress) {
            DailyCost cost = progress.cost();
            if (cost == null) {
                return null;
            }
            NotSpent notSpent = progress.notSpent();
            return new NotSpentJson(cost.money(), cost.currency(), cost.minutes(),
                    notSpent == null ? null : notSpent.currentRun(), notSpent == null ? null : notSpent.inAll());
        }
    }

    /** All three left out (or null) stops the counting. */
    record DailyCostRequest(BigDecimal moneyPerDay, String currency, Integer minutesPerDay) {
    }

    record ActionRequest(RecoveryActionKind kind, String text) {
    }

    /** {@code text} is the win's words: the person's own, or a listed win's in the person's language. */
    record ActionJson(long id, long aimId, LocalDate date, RecoveryActionKind kind, String text) {

        static ActionJson of(RecoveryAction action, Texts texts) {
            return new ActionJson(action.id(), action.aimId(), action.day(), action.kind(), texts.say(action.words()));
        }
    }

    record UrgeRequest(Integer intensity, String trigger, String place, String helped, Boolean passed) {
    }

    record UrgeJson(long id, long aimId, LocalDate date, int intensity, String trigger, String place, String helped,
            boolean passed) {

        static UrgeJson of(Urge urge) {
            UrgeDraft said = urge.said();
            return new UrgeJson(urge.id(), urge.aimId(), urge.day(), said.intensity(), said.trigger(), said.place(),
                    said.helped(), said.passed());
        }
    }

    /** {@code asObstacle}: keep {@code nextTime} as an obstacle of the aim to work on. */
    record SlipRequest(LocalDate date, String place, String happening, String feeling, String nextTime,
            Boolean asObstacle) {
    }

    record SlipJson(long id, long aimId, LocalDate date, String place, String happening, String feeling,
            String nextTime, Integer confidence) {

        static SlipJson of(Slip slip) {
            SlipDraft said = slip.said();
            return new SlipJson(slip.id(), slip.aimId(), said.day(), said.place(), said.happening(), said.feeling(),
                    said.nextTime(), slip.confidence());
        }
    }

    record ConfidenceRequest(Integer confidence) {
    }

    public void show(Context ctx, Person person) {
        ctx.json(RecoveryJson.of(recovery.progress(person, Params.aimId(ctx)), said(person)));
    }

    /** Replaces what a day of the old habit cost; answers with the aim's recovery as it now stands. */
    public void setDailyCost(Context ctx, Person person) {
        DailyCostRequest request = bodies.read(ctx, DailyCostRequest.class);
        DailyCost cost = Invalid.check(() -> new DailyCost(request.moneyPerDay(), request.currency(),
                request.minutesPerDay()));
        long aimId = Params.aimId(ctx);
        recovery.setDailyCost(person, aimId, cost);
        ctx.json(RecoveryJson.of(recovery.progress(person, aimId), said(person)));
    }

    public void listActions(Context ctx, Person person) {
        Texts texts = said(person);
        ctx.json(recovery.actions(person, Params.aimId(ctx)).stream().map(action -> ActionJson.of(action, texts))
                .toList());
    }

    public void logAction(Context ctx, Person person) {
        ActionRequest request = bodies.read(ctx, ActionRequest.class);
        RecoveryAction action = recovery.logAction(person, Params.aimId(ctx), request.kind(), request.text());
        ctx.status(HttpStatus.CREATED).json(ActionJson.of(action, said(person)));
    }

    public void listUrges(Context ctx, Person person) {
        ctx.json(recovery.urges(person, Params.aimId(ctx)).stream().map(UrgeJson::of).toList());
    }

    public void logUrge(Context ctx, Person person) {
        UrgeRequest request = bodies.read(ctx, UrgeRequest.class);
        UrgeDraft said = Invalid.check(() -> new UrgeDraft(request.intensity(), request.trigger(), request.place(),
                request.helped(), request.passed()));
        ctx.status(HttpStatus.CREATED).json(UrgeJson.of(recovery.logUrge(person, Params.aimId(ctx), said)));
    }

    public void listSlips(Context ctx, Person person) {
        ctx.json(slips.forAim(person, Params.aimId(ctx)).stream().map(SlipJson::of).toList());
    }

    public void tellSlip(Context ctx, Person person) {
        SlipRequest request = bodies.read(ctx, SlipRequest.class);
        SlipDraft said = Invalid.check(() -> new SlipDraft(request.date(), request.place(), request.happening(),
                request.feeling(), request.nextTime()));
        Slip slip = slips.record(person, Params.aimId(ctx), said, Boolean.TRUE.equals(request.asObstacle()));
        ctx.status(HttpStatus.CREATED).json(SlipJson.of(slip));
    }

    public void confidence(Context ctx, Person person) {
        ConfidenceRequest request = bodies.read(ctx, ConfidenceRequest.class);
        long slipId = Params.id(ctx, "slipId", "slip");
        ctx.json(SlipJson.of(slips.confidence(person, slipId, request.confidence())));
    }

    /** The words of the person's language, for the words in a reply. */
    private static Texts said(Person person) {
        return Catalog.shipped().texts(person.language());
    }
}
