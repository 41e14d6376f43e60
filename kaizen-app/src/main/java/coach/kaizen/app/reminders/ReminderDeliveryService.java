package coach.kaizen.app.reminders;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.ReminderStore.Preferences;
import coach.kaizen.app.db.ReminderStore.SetTime;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.ReminderDay;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.step.Step;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the reminders due now. Any number of instances may run it over one database: a reminder
 * goes to whichever claims it first (a row in reminder_sends), so it is sent once. For each step
 * (and the daily session) only the latest time that has rung today is sent, once: a server that
 * was down sends one late reminder, not the whole morning's. A step already checked in today, not
 * due today, or archived, is left in peace; so is a session already finished.
 */
public final class ReminderDeliveryService {

    private final Database database;
    private final PersonalClock clock;
    private final List<ReminderChannel> channels;
    private final URI site;

    /** {@code site} is where the app is reached from outside: reminders link to its pages. */
    public ReminderDeliveryService(Database database, PersonalClock clock, List<ReminderChannel> channels, URI site) {
        this.database = database;
        this.clock = clock;
        this.channels = List.copyOf(channels);
        this.site = site;
    }

    /** Claims and sends every reminder due now; how many this instance sent. */
    public int sendDue() {
        int sent = 0;
        for (Person person : database.read(stores -> stores.reminders().toRemind())) {
            sent += sendDue(person);
        }
        return sent;
    }

    private int sendDue(Person person) {
        LocalDate day = clock.today(person);
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), person.zone());
        List<DueReminder> due = database.read(stores -> due(stores, person, day, now));
        if (due.isEmpty()) {
            return 0;
        }
        List<DueReminder> claimed = database.transaction(stores -> {
            stores.reminders().forgetSentBefore(person.id(), day.minusDays(1));
            return due.stream().filter(reminder -> stores.reminders()
                    .claim(person.id(), reminder.subject(), day, reminder.at(), clock.now())).toList();
        });
        for (DueReminder reminder : claimed) {
            channels.forEach(channel -> channel.send(person, reminder));
        }
        return claimed.size();
    }

    private List<DueReminder> due(Stores stores, Person person, LocalDate day, LocalDateTime now) {
        long userId = person.id();
        Preferences preferences = stores.reminders().preferences(userId);
        ReminderDay reminders = new ReminderDay(day, person.dayStartHour(), preferences.quiet());
        Set<String> sent = new HashSet<>(stores.reminders().sentOn(userId, day));
        List<DueReminder> due = new ArrayList<>();
        if (preferences.session() != null
                && !stores.dailySessions().find(userId, day).map(DailySession::finished).orElse(false)) {
            ring(reminders, List.of(preferences.session()), now).ifPresent(at ->
                    due.add(ReminderWords.forSession(person, day, at, site, preferences.webhook())));
        }
        Map<Long, List<SetTime>> times = stores.reminders().setTimesByStep(userId);
        Set<Long> archived = Set.copyOf(stores.steps().archived(userId));
        for (Step step : stores.steps().list(userId)) {
            if (times.containsKey(step.id()) && !archived.contains(step.id()) && !step.startDay().isAfter(day)
                    && step.schedule().isDue(day)) {
                ring(reminders, since(reminders, person, times.get(step.id())), now)
                        .filter(at -> stores.checkIns().find(userId, step.id(), day).isEmpty())
                        .ifPresent(at -> due.add(ReminderWords.forStep(person, step.id(), step.action(), day, at,
                                site, preferences.webhook())));
            }
        }
        return due.stream().filter(reminder -> !sent.contains(reminder.subject() + "@" + reminder.at())).toList();
    }

    /** The times that ring today after they were set: one set at ten for 07:30 waits for tomorrow. */
    private static List<LocalTime> since(ReminderDay reminders, Person person, List<SetTime> times) {
        return times.stream().filter(time -> reminders.rings(List.of(time.at())).stream()
                .allMatch(ring -> !ring.atZone(person.zone()).toInstant().isBefore(time.setAt())))
                .map(SetTime::at).toList();
    }

    private static Optional<LocalTime> ring(ReminderDay reminders, List<LocalTime> times, LocalDateTime now) {
        return reminders.latestRungBy(times, now).map(LocalDateTime::toLocalTime);
    }
}
