package coach.kaizen.app.reminders;

import coach.kaizen.app.db.ReminderStore.Preferences;
import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.reminders.ReminderService.NewFeed;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.reminder.ReminderDay;
import coach.kaizen.core.reminder.ReminderTimes;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /settings/reminders: quiet hours, the session's reminder, notifications on this device, the calendar feed and the webhook. */
public final class ReminderPages {

    private static final String PAGE = "/settings/reminders";

    private final ReminderService reminders;
    private final PushService push;
    private final Pages pages;
    private final URI publicUrl;

    public ReminderPages(ReminderService reminders, PushService push, Pages pages, URI publicUrl) {
        this.reminders = reminders;
        this.push = push;
        this.pages = pages;
        this.publicUrl = publicUrl;
    }

    /** After a change (?saved, ?tested, ?stopped) the page says what happened. */
    public void show(Context ctx, SignedIn who) {
        String done = Params.flag(ctx, "saved", "tested", "stopped");
        render(ctx, who, reminders.preferences(who.person()), Form.empty(), null, done);
    }

    public void change(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            reminders.change(who.person(), quiet(ctx), time(Fields.text(ctx, "session")));
            ctx.redirect(PAGE + "?saved", HttpStatus.SEE_OTHER);
        }, refused -> render(ctx, who, reminders.preferences(who.person()), refused, null, null));
    }

    public void setWebhook(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            reminders.setWebhook(who.person(), Fields.text(ctx, "webhook"));
            ctx.redirect(PAGE + "?saved", HttpStatus.SEE_OTHER);
        }, refused -> render(ctx, who, reminders.preferences(who.person()), refused, null, null));
    }

    public void testWebhook(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            reminders.testWebhook(who.person(), Site.of(ctx, publicUrl));
            ctx.redirect(PAGE + "?tested", HttpStatus.SEE_OTHER);
        }, refused -> render(ctx, who, reminders.preferences(who.person()), refused, null, null));
    }

    /** Shows the new address at once and only this once: it is not kept, and a reload makes another. */
    public void newFeed(Context ctx, SignedIn who) {
        NewFeed feed = reminders.newFeed(who.person());
        render(ctx, who, feed.preferences(), Form.empty(),
                Site.feed(Site.of(ctx, publicUrl), feed.secret()).toString(), null);
    }

    public void revokeFeed(Context ctx, SignedIn who) {
        reminders.revokeFeed(who.person());
        ctx.redirect(PAGE + "?stopped", HttpStatus.SEE_OTHER);
    }

    /** The page's script posts this browser's subscription here (it comes from the browser: no form without JavaScript). */
    public void subscribe(Context ctx, SignedIn who) {
        push.subscribe(who.person(), Fields.text(ctx, "endpoint"), Fields.text(ctx, "p256dh"), Fields.text(ctx, "auth"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void unsubscribe(Context ctx, SignedIn who) {
        push.unsubscribe(who.person(), Fields.text(ctx, "endpoint"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static QuietHours quiet(Context ctx) {
        LocalTime from = time(Fields.text(ctx, "quietFrom"));
        LocalTime to = time(Fields.text(ctx, "quietTo"));
        if ((from == null) != (to == null)) {
            throw new Invalid(Message.of("reminders.problem.quietHoursBoth"));
        }
        return from == null ? null : Invalid.check(() -> new QuietHours(from, to));
    }

    private static LocalTime time(String written) {
        return written == null || written.isBlank() ? null : Invalid.check(() -> ReminderTimes.parse(written));
    }

    /** The form shows what is saved, and what was sent where a change was refused. */
    private void render(Context ctx, SignedIn who, Preferences preferences, Form sent, String feedUrl, String done) {
        Map<String, String> values = new HashMap<>();
        QuietHours quiet = preferences.quiet();
        values.put("quietFrom", quiet == null ? "" : ReminderTimes.write(quiet.from()));
        values.put("quietTo", quiet == null ? "" : ReminderTimes.write(quiet.to()));
        values.put("session", preferences.session() == null ? "" : ReminderTimes.write(preferences.session()));
        values.put("webhook", preferences.webhook() == null ? "" : preferences.webhook().toString());
        values.putAll(sent.values());
        Map<String, Object> model = new HashMap<>(Map.of("frame", Frame.of(ctx, who),
                "form", sent.over(values), "feed", preferences.feedHash() != null,
                "webhook", preferences.webhook() != null));
        model.put("feedUrl", feedUrl);
        model.put("done", done);
        LocalTime session = preferences.session();
        boolean silent = session != null && !ReminderDay.everRings(session, who.person().dayStartHour(), quiet);
        model.put("silentSession", silent ? ReminderTimes.write(session) : null);
        model.put("pushKey", push.publicKey());
        Map<Step, String> steps = new LinkedHashMap<>();
        Map<Step, List<LocalTime>> silentSteps = new LinkedHashMap<>();
        reminders.reminded(who.person()).forEach((step, times) -> {
            steps.put(step, ReminderTimes.writeAll(times));
            List<LocalTime> silentTimes = times.stream()
                    .filter(time -> !ReminderDay.everRings(time, who.person().dayStartHour(), quiet)).toList();
            if (!silentTimes.isEmpty()) {
                silentSteps.put(step, silentTimes);
            }
        });
        model.put("steps", steps);
        model.put("silentSteps", silentSteps);
        pages.render(ctx, "reminders.jte", model);
    }
}
