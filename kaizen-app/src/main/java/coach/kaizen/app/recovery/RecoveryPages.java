package coach.kaizen.app.recovery;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.http.Show;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.recovery.RecoveryService.Progress;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.recovery.DailyCost;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.Slip;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.recovery.UrgeDraft;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A recovery aim's pages: its wins (one tap each), an urge, the breathing minute, and the slip
 * flow with its confidence check.
 */
public final class RecoveryPages {

    private final RecoveryService recovery;
    private final PersonalClock clock;
    private final SlipService slips;
    private final SafetyService safety;
    private final Pages pages;

    public RecoveryPages(RecoveryService recovery, PersonalClock clock, SlipService slips, SafetyService safety, Pages pages) {
        this.recovery = recovery;
        this.clock = clock;
        this.slips = slips;
        this.safety = safety;
        this.pages = pages;
    }

    public void show(Context ctx, SignedIn who) {
        showWins(ctx, who, Params.aimId(ctx), Form.empty(), null);
    }

    /** What a day of the old habit cost: money (with the person's own currency word) and minutes; all empty stops it. */
    public void setDailyCost(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        Refusals.onRefusal(ctx, () -> {
            DailyCost cost = Invalid.check(() -> new DailyCost(Fields.decimal(ctx, "money"),
                    Fields.text(ctx, "currency"), Fields.whole(ctx, "minutes")));
            recovery.setDailyCost(who.person(), aimId, cost);
            ctx.redirect("/aims/" + aimId + "/recovery#progress", HttpStatus.SEE_OTHER);
        }, refused -> showWins(ctx, who, aimId, Form.empty(), refused));
    }

    /**
     * One tap: a listed win ({@code kind}), one of the person's own again ({@code own}), or new words ({@code text});
     * words typed before a win was tapped are kept too.
     */
    public void logAction(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        Refusals.onRefusal(ctx, () -> {
            String own = ctx.formParam("own");
            RecoveryActionKind kind = own != null ? RecoveryActionKind.OWN
                    : Fields.choice(ctx, "kind", RecoveryActionKind.class);
            String typed = Fields.text(ctx, "text");
            recovery.logTap(who.person(), aimId, kind, own != null ? own : typed, typed);
            ctx.redirect(back(ctx, aimId), HttpStatus.SEE_OTHER);
        }, refused -> showWins(ctx, who, aimId, refused, null));
    }

    public void urgeForm(Context ctx, SignedIn who) {
        showUrge(ctx, who, Params.aimId(ctx), Form.of(Map.of("passed", "true")));
    }

    public void logUrge(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        Refusals.onRefusal(ctx, () -> {
            String ownTrigger = Fields.text(ctx, "triggerText");
            String trigger = ownTrigger != null && !ownTrigger.isBlank() ? ownTrigger : Fields.text(ctx, "trigger");
            String passed = ctx.formParam("passed");
            UrgeDraft said = Invalid.check(() -> new UrgeDraft(Fields.whole(ctx, "intensity"), trigger,
                    Fields.text(ctx, "place"), Fields.text(ctx, "helped"), passed == null ? null : "true".equals(passed)));
            recovery.logUrge(who.person(), aimId, said);
            // An urge that did not pass is met where the slip can be told, if the person wants to.
            ctx.redirect("/aims/" + aimId + (said.passed() ? "/recovery?passed" : "/slip?after=urge"),
                    HttpStatus.SEE_OTHER);
        }, refused -> showUrge(ctx, who, aimId, refused));
    }

    /** The breathing minute; {@code then=urge} brings the person back to the urge they were logging. */
    public void breathe(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        pages.render(ctx, "recovery/breathe.jte", Map.of("frame", Frame.of(ctx, who),
                "panel", recovery.panel(who.person(), aimId),
                "from", "urge".equals(ctx.queryParam("then")) ? "urge" : "wins"));
    }

    /** The slip's questions, for the day a step's card names ({@code ?date=}), else today. */
    public void slipForm(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        String asked = ctx.queryParam("date");
        LocalDate day = asked == null ? clock.today(who.person()) : Params.day(asked, "date");
        showSlip(ctx, who, aimId, Form.of(Map.of("date", day.toString())), "urge".equals(ctx.queryParam("after")));
    }

    public void tellSlip(Context ctx, SignedIn who) {
        long aimId = Params.aimId(ctx);
        Refusals.onRefusal(ctx, () -> {
            SlipDraft said = Invalid.check(() -> new SlipDraft(Fields.day(ctx, "date"), Fields.text(ctx, "place"),
                    Fields.text(ctx, "happening"), Fields.text(ctx, "feeling"), Fields.text(ctx, "nextTime")));
            Slip slip = slips.record(who.person(), aimId, said, ctx.formParam("asObstacle") != null);
            ctx.redirect("/slips/" + slip.id(), HttpStatus.SEE_OTHER);
        }, refused -> showSlip(ctx, who, aimId, refused, false));
    }

    /** After a slip: the confidence check first, then what tomorrow holds and everything still kept. */
    public void slip(Context ctx, SignedIn who) {
        showAfter(ctx, who, slipId(ctx), Form.empty());
    }

    public void confidence(Context ctx, SignedIn who) {
        long slipId = slipId(ctx);
        Refusals.onRefusal(ctx, () -> {
            slips.confidence(who.person(), slipId, Fields.whole(ctx, "confidence"));
            ctx.redirect("/slips/" + slipId, HttpStatus.SEE_OTHER);
        }, refused -> showAfter(ctx, who, slipId, refused));
    }

    /**
     * The aim's page; {@code costForm} is the refused day's cost, else null for what is kept. It says what was just
     * logged: a win ({@code ?won}) or an urge that passed ({@code ?passed}).
     */
    private void showWins(Context ctx, SignedIn who, long aimId, Form form, Form costForm) {
        Frame frame = Frame.of(ctx, who);
        Progress progress = recovery.progress(who.person(), aimId);
        pages.render(ctx, "recovery/wins.jte", Map.of("frame", frame, "progress", progress,
                "pictures", RecoveryPictures.of(progress, frame.texts()), "form", form,
                "costForm", costForm != null ? costForm : costForm(progress.cost(), frame.texts()),
                "said", justLogged(ctx)));
    }

    private static String justLogged(Context ctx) {
        String done = Params.flag(ctx, "passed", "won");
        return done == null ? "" : done.equals("passed") ? "recovery.wins.urgePassed" : "recovery.card.won";
    }

    private static Form costForm(DailyCost cost, Texts texts) {
        Map<String, String> values = new HashMap<>();
        if (cost != null) {
            values.put("money", Show.money(texts, cost.money()));
            values.put("currency", Objects.toString(cost.currency(), ""));
            values.put("minutes", Show.whole(cost.minutes()));
        }
        return Form.of(values);
    }

    private void showUrge(Context ctx, SignedIn who, long aimId, Form form) {
        pages.render(ctx, "recovery/urge.jte", Map.of("frame", Frame.of(ctx, who),
                "panel", recovery.panel(who.person(), aimId), "form", form,
                "strengths", safety.strengths(who.person()),
                "breathed", "1".equals(ctx.queryParam("breathed"))));
    }

    /** {@code afterUrge}: the person has just logged an urge that did not pass. */
    private void showSlip(Context ctx, SignedIn who, long aimId, Form form, boolean afterUrge) {
        pages.render(ctx, "recovery/slip.jte", Map.of("frame", Frame.of(ctx, who),
                "panel", recovery.panel(who.person(), aimId), "form", form, "today", clock.today(who.person()),
                "afterUrge", afterUrge));
    }

    /** {@code ?skipped}: the person passed on the confidence question, which asks nothing they must answer. */
    private void showAfter(Context ctx, SignedIn who, long slipId, Form form) {
        pages.render(ctx, "recovery/after.jte", Map.of("frame", Frame.of(ctx, who),
                "after", slips.after(who.person(), slipId), "form", form,
                "skipped", ctx.queryParam("skipped") != null));
    }

    /** Where a one-tap win returns to: Today, the urge being logged, or the aim's wins. */
    private static String back(Context ctx, long aimId) {
        String from = ctx.formParam("from");
        if ("today".equals(from)) {
            // Each page it returns to says what was logged and takes the focus there, which a #fragment would
            // prevent: none of these has one.
            return "/today?won=" + aimId;
        }
        return "urge".equals(from) ? "/aims/" + aimId + "/urge?breathed=1" : "/aims/" + aimId + "/recovery?won";
    }

    private static long slipId(Context ctx) {
        return Params.id(ctx, "slipId", "slip");
    }
}
