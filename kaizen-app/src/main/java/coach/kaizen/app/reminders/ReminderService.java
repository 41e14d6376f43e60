package coach.kaizen.app.reminders;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.ReminderStore.Preferences;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.service.Secrets;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How and when a person is reminded: a step's times, quiet hours, the daily session's time, the
 * webhook, and the calendar feed at a secret address (only its hash is kept).
 */
public final class ReminderService {

    private static final int MAX_WEBHOOK = 500;

    private final Database database;
    private final PersonalClock clock;
    private final WebhookChannel webhook;

    public ReminderService(Database database, PersonalClock clock, WebhookChannel webhook) {
        this.database = database;
        this.clock = clock;
        this.webhook = webhook;
    }

    public Preferences preferences(Person person) {
        return database.read(stores -> stores.reminders().preferences(person.id()));
    }

    /** New quiet hours and session time (either may be null: none); the webhook and feed stay. */
    public Preferences change(Person person, QuietHours quiet, LocalTime session) {
        return update(person, now -> new Preferences(quiet, session, now.webhook(), now.feedHash()));
    }

    /** Sets the webhook reminders are posted to (http or https), or none when {@code url} is null or blank. */
    public Preferences setWebhook(Person person, String url) {
        URI hook = webhook(url);
        if (hook != null && !webhook.destinations().allow(hook)) {
            throw new Invalid(Message.of("reminders.problem.local.webhook", hook.getHost()));
        }
        return update(person, now -> new Preferences(now.quiet(), now.session(), hook, now.feedHash()));
    }

    /** Posts a test reminder to the person's webhook now; refused when there is none or it did not take it. */
    public void testWebhook(Person person, URI site) {
        URI hook = preferences(person).webhook();
        if (hook == null) {
            throw new Rejected(Message.of("reminders.problem.noWebhook"));
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), person.zone());
        if (!webhook.deliver(ReminderWords.test(person, clock.today(person), now.toLocalTime(), site, hook))) {
            throw new Rejected(Message.of("reminders.problem.testNotTaken", hook.getHost()));
        }
    }

    /** A new calendar feed's secret, shown this once, with the preferences that now hold its hash. */
    public record NewFeed(String secret, Preferences preferences) {
    }

    /** A new secret for the person's calendar feed; the old address stops working. */
    public NewFeed newFeed(Person person) {
        String secret = Secrets.random();
        return new NewFeed(secret, update(person,
                now -> new Preferences(now.quiet(), now.session(), now.webhook(), Secrets.hash(secret))));
    }

    /** The feed's address stops working. */
    public void revokeFeed(Person person) {
        update(person, now -> new Preferences(now.quiet(), now.session(), now.webhook(), null));
    }

    /** The iCalendar feed whose address holds {@code secret}, with links to {@code site}. */
    public String feed(String secret, URI site) {
        return database.read(stores -> {
            Person person = stores.reminders().feedOwner(Secrets.hash(secret == null ? "" : secret))
                    .orElseThrow(() -> new NotFound("calendarFeed"));
            return CalendarFeed.of(person, stores.reminders().preferences(person.id()), reminded(stores, person), site,
                    clock.now());
        });
    }

    /** The person's steps that remind them, each with its times in the day's order: none set aside. */
    public Map<Step, List<LocalTime>> reminded(Person person) {
        return database.read(stores -> reminded(stores, person));
    }

    private static Map<Step, List<LocalTime>> reminded(Stores stores, Person person) {
        Map<Long, List<LocalTime>> times = stores.reminders().timesByStep(person.id());
        Set<Long> archived = Set.copyOf(stores.steps().archived(person.id()));
        Map<Step, List<LocalTime>> reminded = new LinkedHashMap<>();
        for (Step step : stores.steps().list(person.id())) {
            if (times.containsKey(step.id()) && !archived.contains(step.id())) {
                reminded.put(step, times.get(step.id()));
            }
        }
        return reminded;
    }

    /** The step's reminder times, read in the caller's transaction. */
    public List<LocalTime> stepTimes(Stores stores, Person person, long stepId) {
        return stores.reminders().times(person.id(), stepId);
    }

    /** Every step's reminder times, by step, read in the caller's transaction. */
    public Map<Long, List<LocalTime>> stepTimes(Stores stores, Person person) {
        return stores.reminders().timesByStep(person.id());
    }

    /** Sets the step's reminder times in the caller's transaction; the step is the person's, checked by the caller. */
    public void setStepTimes(Stores stores, Person person, long stepId, List<LocalTime> times) {
        stores.reminders().setTimes(person.id(), stepId, times, clock.now());
    }

    /** The person's quiet hours (null: none), read in the caller's transaction. */
    public QuietHours quietHours(Stores stores, Person person) {
        return stores.reminders().preferences(person.id()).quiet();
    }

    /** Sets the person's quiet hours (null: none) in the caller's transaction; the rest stays. */
    public void setQuietHours(Stores stores, Person person, QuietHours quiet) {
        update(stores, person, now -> new Preferences(quiet, now.session(), now.webhook(), now.feedHash()));
    }

    /** Sets the quiet hours and the session's reminder time (either null: none) in the caller's transaction. */
    public void setTimes(Stores stores, Person person, QuietHours quiet, LocalTime session) {
        update(stores, person, now -> new Preferences(quiet, session, now.webhook(), now.feedHash()));
    }

    /** Saves the person's preferences as {@code change} makes them from the saved ones, in one transaction. */
    private Preferences update(Person person, UnaryOperator<Preferences> change) {
        return database.transaction(stores -> update(stores, person, change));
    }

    private static Preferences update(Stores stores, Person person, UnaryOperator<Preferences> change) {
        Preferences changed = change.apply(stores.reminders().preferences(person.id()));
        stores.reminders().save(person.id(), changed);
        return changed;
    }

    private static URI webhook(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String written = url.strip();
        URI uri;
        try {
            uri = new URI(written);
        } catch (URISyntaxException e) {
            throw new Invalid(Message.of("reminders.problem.webhook"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Invalid(Message.of("reminders.problem.scheme.webhook"));
        }
        if (uri.getHost() == null || written.length() > MAX_WEBHOOK) {
            throw new Invalid(Message.of("reminders.problem.webhook"));
        }
        return uri;
    }
}
