package coach.kaizen.app.steps;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.http.Speech;
import coach.kaizen.app.practice.ExperimentService;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.steps.StepService.RemindedStep;
import coach.kaizen.app.steps.TodayService.StepToday;
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.engine.Action;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.step.Step;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One step: its page (edit, history, correcting a day) and its experiments. */
public final class StepPages {

    /** How far back the step page lists check-ins. */
    private static final int HISTORY_DAYS = 30;

    private final StepService steps;
    private final TodayService todays;
    private final PersonalClock clock;
    private final CheckInService checkIns;
    private final ExperimentService experiments;
    private final AimService aims;
    private final Pages pages;

    public StepPages(StepService steps, TodayService todays, PersonalClock clock, CheckInService checkIns,
            ExperimentService experiments, AimService aims, Pages pages) {
        this.steps = steps;
        this.clock = clock;
        this.checkIns = checkIns;
        this.experiments = experiments;
        this.aims = aims;
        this.pages = pages;
        this.todays = todays;
    }

    public void show(Context ctx, SignedIn who) {
        RemindedStep step = steps.findReminded(who.person(), Params.stepId(ctx));
        showStep(ctx, who, step, StepForms.of(step, Speech.of(ctx)), earlierDay(who));
    }

    /** The earlier-day check-in form as it first stands: on today, whichever other form was sent back. */
    private Form earlierDay(SignedIn who) {
        return Form.of(Map.of("day", clock.today(who.person()).toString()));
    }

    public void update(Context ctx, SignedIn who) {
        long stepId = Params.stepId(ctx);
        Refusals.onRefusal(ctx, () -> {
            steps.update(who.person(), stepId, StepForms.draft(ctx), StepForms.times(ctx), null);
            ctx.redirect("/steps/" + stepId + "?saved", HttpStatus.SEE_OTHER);
        }, refused -> showStep(ctx, who, steps.findReminded(who.person(), stepId), refused, earlierDay(who)));
    }

    /** Sets the step aside, or with {@code aside} false brings it back to Today, then shows it again. */
    public void setAside(Context ctx, SignedIn who, boolean aside) {
        long stepId = Params.stepId(ctx);
        steps.setAside(who.person(), stepId, aside);
        // Set aside, the page's notice says so; brought back, a line does.
        ctx.redirect("/steps/" + stepId + (aside ? "" : "?back"), HttpStatus.SEE_OTHER);
    }

    /** Deletes the step once its box says yes; without it nothing is deleted, whatever the browser let through. */
    public void delete(Context ctx, SignedIn who) {
        Step step = steps.find(who.person(), Params.stepId(ctx));
        Refusals.onRefusal(ctx, () -> {
            Fields.confirmed(ctx, "steps.page.confirmDelete");
            steps.delete(who.person(), step.id());
            ctx.redirect("/aims/" + step.aimId() + "?deleted", HttpStatus.SEE_OTHER);
        }, refused -> {
            RemindedStep reminded = steps.findReminded(who.person(), step.id());
            showStep(ctx, who, reminded, refused.over(StepForms.of(reminded, Speech.of(ctx)).values()),
                    earlierDay(who));
        });
    }

    /** Starts an experiment on the step, or decides on one, then shows the step again. */
    public void experiment(Context ctx, SignedIn who) {
        long stepId = Params.stepId(ctx);
        Refusals.onRefusal(ctx, () -> {
            boolean deciding = ctx.formParam("verdict") != null;
            if (deciding) {
                experiments.decide(who.person(), Fields.id(ctx, "experimentId"),
                        Fields.choice(ctx, "verdict", Verdict.class));
            } else {
                experiments.start(who.person(), stepId, Fields.choice(ctx, "kind", ExperimentKind.class),
                        ctx.formParam("change"), Fields.whole(ctx, "days"));
            }
            // A verdict is said under the trials' heading and takes focus there, which a fragment would prevent.
            ctx.redirect("/steps/" + stepId + (deciding ? "?decided" : "#experiments"), HttpStatus.SEE_OTHER);
        }, refused -> {
            RemindedStep step = steps.findReminded(who.person(), stepId);
            showStep(ctx, who, step, StepForms.of(step, Speech.of(ctx)), earlierDay(who), refused);
        });
    }

    /** The step page again, its check-in form refused with {@code refused}'s words. */
    public void showRefused(Context ctx, SignedIn who, long stepId, Form refused) {
        RemindedStep step = steps.findReminded(who.person(), stepId);
        showStep(ctx, who, step, StepForms.of(step, Speech.of(ctx)), refused);
    }

    private void showStep(Context ctx, SignedIn who, RemindedStep step, Form stepForm, Form checkInForm) {
        showStep(ctx, who, step, stepForm, checkInForm, Form.of(Map.of("days", "7")));
    }

    private void showStep(Context ctx, SignedIn who, RemindedStep reminded, Form stepForm, Form checkInForm,
            Form experimentForm) {
        Person person = who.person();
        Step step = reminded.step();
        LocalDate today = clock.today(person);
        LocalDate from = today.minusDays(HISTORY_DAYS - 1).isBefore(step.startDay())
                ? step.startDay() : today.minusDays(HISTORY_DAYS - 1);
        LocalDate earliest = today.minusDays(CheckInService.LATE_DAYS);
        Frame frame = Frame.of(ctx, who);
        Map<String, Object> model = new HashMap<>(Map.of("frame", frame, "step", step,
                "aim", aims.find(person, step.aimId()),
                "checkIns", newestFirst(checkIns.list(person, step.id(), from, today)),
                "today", today, "earliest", earliest.isBefore(step.startDay()) ? step.startDay() : earliest,
                "stepForm", stepForm, "checkInForm", checkInForm));
        model.put("trials", experiments.forStep(person, step.id()));
        model.put("experimentForm", experimentForm);
        model.put("said", said(ctx));
        model.put("decided", ctx.queryParam("decided") != null);
        model.put("checkedIn", checkedIn(ctx));
        // ?edit opens the step's form: where the reminders page sends a person to change its times.
        model.put("editing", stepForm.error() != null || ctx.queryParam("edit") != null);
        model.put("aside", reminded.aside());
        Optional<StepToday> card = cardOnToday(person, step);
        model.put("dueToday", card.isPresent());
        // Why today's size (or, once said, next time's) is what it is, as Today's card says.
        model.put("why", card.map(due -> frame.texts().say(due.proposal().reason().message())).orElse(""));
        Double proposedToday = card.filter(due -> due.checkIn().isEmpty()).map(due -> due.proposal().size())
                .orElse(null);
        model.put("nextTime", card.filter(due -> due.checkIn().isPresent())
                .map(due -> frame.texts().say(step.sizing().said(due.proposal().size()))).orElse(""));
        Replay replay = steps.replayed(person, step.id());
        // What each day asked, so a day done below it reads "7 of 8 minutes": the why of a smaller next size.
        model.put("asked", replay.days().stream().collect(Collectors.toMap(day -> day.checkIn().day(),
                day -> day.asked().size())));
        StepPictures pictures = StepPictures.of(replay, today, proposedToday, person.weekStart(), frame.texts());
        model.put("pictures", pictures);
        // A hard day offers a ladder's first rung, but the ladder stands where it was: its rungs mark that one.
        model.put("rungHere", card.filter(due -> due.checkIn().isEmpty() && due.proposal().action() == Action.FLOOR)
                .map(due -> replay.sizeAfter(today.minusDays(1))).orElse(pictures.at()));
        pages.render(ctx, "step.jte", model);
    }

    /** What was just done to the step, to say so at the top of its page: ?saved or ?back; else null. */
    private static String said(Context ctx) {
        String done = Params.flag(ctx, "saved", "back");
        return done == null ? null : "steps.page." + done;
    }

    /** The day a check-in was just saved for (?checkedIn=2026-11-24), to say so; anything else says nothing. */
    private static LocalDate checkedIn(Context ctx) {
        String day = ctx.queryParam("checkedIn");
        try {
            return day == null ? null : LocalDate.parse(day);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    /**
     * The step's card on Today, if due: its size for today (a choice, a hard day and the weekday taken in)
     * until today is answered, then its size for next time, as the card says.
     */
    private Optional<StepToday> cardOnToday(Person person, Step step) {
        return todays.today(person).steps().stream().filter(due -> due.step().id() == step.id()).findFirst();
    }

    /** Recent days read from today back, so a day just said is at the top. */
    private static List<SavedCheckIn> newestFirst(List<SavedCheckIn> oldestFirst) {
        List<SavedCheckIn> days = new ArrayList<>(oldestFirst);
        Collections.reverse(days);
        return days;
    }
}
