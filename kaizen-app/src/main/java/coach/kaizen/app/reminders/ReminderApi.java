package coach.kaizen.app.reminders;

import coach.kaizen.app.db.ReminderStore.Preferences;
import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.reminder.ReminderTimes;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.LocalTime;

/** /api/v1/me/reminders, /api/v1/me/webhook and /api/v1/calendar-feed. */
public final class ReminderApi {

    private final ReminderService reminders;
    private final Bodies bodies;
    private final URI publicUrl;

    /** {@code publicUrl}: the app's address for links, or null to use the one each request came to. */
    public ReminderApi(ReminderService reminders, Bodies bodies, URI publicUrl) {
        this.reminders = reminders;
        this.bodies = bodies;
        this.publicUrl = publicUrl;
    }

    /** Quiet hours and the daily session's reminder time, each null for none. */
    record RemindersRequest(QuietHoursJson quietHours, String sessionReminder) {

        QuietHours quiet() {
            return QuietHoursJson.parse(quietHours);
        }

        LocalTime session() {
            return sessionReminder == null ? null : Invalid.check(() -> ReminderTimes.parse(sessionReminder));
        }
    }

    /** What the person has set; the calendar feed's address is shown only when it is made. */
    record RemindersJson(QuietHoursJson quietHours, String sessionReminder, String webhook, boolean calendarFeed) {

        static RemindersJson of(Preferences preferences) {
            return new RemindersJson(QuietHoursJson.of(preferences.quiet()),
                    preferences.session() == null ? null : ReminderTimes.write(preferences.session()),
                    preferences.webhook() == null ? null : preferences.webhook().toString(),
                    preferences.feedHash() != null);
        }

        RemindersRequest asRequest() {
            return new RemindersRequest(quietHours, sessionReminder);
        }
    }

    record WebhookRequest(String url) {
    }

    record FeedJson(String url) {
    }

    public void show(Context ctx, Person person) {
        ctx.json(RemindersJson.of(reminders.preferences(person)));
    }

    public void change(Context ctx, Person person) {
        RemindersRequest wanted = bodies.patch(ctx, RemindersJson.of(reminders.preferences(person)).asRequest(),
                RemindersRequest.class);
        ctx.json(RemindersJson.of(reminders.change(person, wanted.quiet(), wanted.session())));
    }

    public void setWebhook(Context ctx, Person person) {
        ctx.json(RemindersJson.of(reminders.setWebhook(person, bodies.read(ctx, WebhookRequest.class).url())));
    }

    public void testWebhook(Context ctx, Person person) {
        reminders.testWebhook(person, Site.of(ctx, publicUrl));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void newFeed(Context ctx, Person person) {
        String secret = reminders.newFeed(person).secret();
        ctx.status(HttpStatus.CREATED).json(new FeedJson(Site.feed(Site.of(ctx, publicUrl), secret).toString()));
    }

    public void revokeFeed(Context ctx, Person person) {
        reminders.revokeFeed(person);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The feed itself: no sign-in, the secret in the address is the key. */
    public void feed(Context ctx) {
        String secret = ctx.pathParam("secret");
        String calendar = reminders.feed(secret.endsWith(".ics") ? secret.substring(0, secret.length() - 4) : secret,
                Site.of(ctx, publicUrl));
        ctx.header("Cache-Control", "private, max-age=900").contentType("text/calendar; charset=utf-8")
                .result(calendar);
    }
}
