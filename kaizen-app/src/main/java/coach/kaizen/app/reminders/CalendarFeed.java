package coach.kaizen.app.reminders;

import coach.kaizen.app.db.ReminderStore.Preferences;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.Recurrence;
import coach.kaizen.core.reminder.ReminderDay;
import coach.kaizen.core.reminder.ReminderTimes;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Step;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A person's reminders as an iCalendar feed (RFC 5545): each reminder time a recurring event in
 * their zone, on the step's schedule, from its first day, with an alarm at its start. Times in the
 * quiet hours are moved to their end, or left out when that is past the day, as the webhook does.
 */
final class CalendarFeed {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Person person;
    private final Preferences preferences;
    private final URI site;
    private final Instant now;
    private final Texts texts;
    private final ICalendarText ical = new ICalendarText();

    private CalendarFeed(Person person, Preferences preferences, URI site, Instant now) {
        this.person = person;
        this.preferences = preferences;
        this.site = site;
        this.now = now;
        this.texts = ReminderWords.texts(person);
    }

    /** The feed of {@code steps} (each with its times), and of the daily session if it has a time. */
    static String of(Person person, Preferences preferences, Map<Step, List<LocalTime>> steps, URI site,
            Instant now) {
        return new CalendarFeed(person, preferences, site, now).write(steps);
    }

    private String write(Map<Step, List<LocalTime>> steps) {
        ical.begin("VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", "-//Kaizen Coach//Reminders//EN")
                .line("CALSCALE", "GREGORIAN")
                .line("METHOD", "PUBLISH")
                .words("X-WR-CALNAME", texts.t("reminders.feed.name"))
                .line("X-WR-TIMEZONE", person.zone().getId());
        TimeZoneComponent.write(ical, person.zone(), now);
        if (preferences.session() != null) {
            LocalDate today = person.dayAt(now);
            events("session", Schedule.DAILY, today, List.of(preferences.session()), texts.t("reminders.session.title"),
                    texts.t("reminders.session.body"), site.resolve("/session"));
        }
        steps.forEach((step, times) -> events("step-" + step.id(), step.schedule(), step.startDay(), times,
                step.action(), texts.t("reminders.step.body", step.action()), site.resolve("/today#step-" + step.id())));
        return ical.end("VCALENDAR").toString();
    }

    private void events(String subject, Schedule schedule, LocalDate from, List<LocalTime> times, String summary,
            String description, URI link) {
        LocalDate first = Recurrence.firstDue(schedule, from);
        ReminderDay day = new ReminderDay(first, person.dayStartHour(), preferences.quiet());
        for (LocalDateTime ring : day.rings(times)) {
            ical.begin("VEVENT")
                    .line("UID", subject + "-" + ReminderTimes.write(ring.toLocalTime()).replace(":", "")
                            + "@" + site.getHost())
                    .line("DTSTAMP", UTC.format(now))
                    .line("DTSTART;TZID=" + person.zone().getId(), ICalendarText.local(ring))
                    .line("DURATION", "PT10M")
                    .line("RRULE", Recurrence.rule(schedule, (int) ChronoUnit.DAYS.between(first, ring.toLocalDate())))
                    .words("SUMMARY", summary)
                    .words("DESCRIPTION", description)
                    .line("URL", link.toString())
                    .line("TRANSP", "TRANSPARENT")
                    .begin("VALARM")
                    .line("ACTION", "DISPLAY")
                    .words("DESCRIPTION", summary)
                    .line("TRIGGER", "PT0S")
                    .end("VALARM")
                    .end("VEVENT");
        }
    }
}
