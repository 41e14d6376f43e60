package coach.kaizen.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneInfo;
import biweekly.util.DateTimeComponents;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.StepDraft;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar feed as a calendar app reads it (biweekly parses it), and as written, against a golden file. */
class CalendarFeedTest {

    /** Saturday 21 November 2026, 10:00 in Paris. */
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final URI SITE = URI.create("https://coach.example/");
    private static final Instant WINDOW_START = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant WINDOW_END = Instant.parse("2032-01-01T00:00:00Z");

    @TempDir
    Path folder;

    private TestDatabase test;
    private Services services;

    @BeforeEach
    void setUp() {
        test = TestDatabases.sqlite(folder);
        services = Services.over(test.database(), new TestClock(NOW));
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    /** Ana in Paris: a daily walk at 07:30 and 18:00, reading on Mondays and Thursdays at 21:00, swimming 3 times in 7 days. */
    private String parisFeed() {
        Person ana = services.accounts().signUp("ana", "a long password", Place.in("Europe/Paris"), null);
        Aim aim = services.aims().create(ana, new AimDraft("Move more", AimKind.BUILD));
        step(ana, aim, "Walk, slowly; then home", "daily", "07:30", "18:00", "06:00");
        step(ana, aim, "Read", "mon,thu", "21:00");
        step(ana, aim, "Swim", "3/7", "12:15");
        services.reminders().change(ana, new QuietHours(LocalTime.of(22, 30), LocalTime.of(6, 30)),
                LocalTime.of(20, 0));
        return services.reminders().feed(services.reminders().newFeed(ana).secret(), SITE);
    }

    private void step(Person who, Aim aim, String action, String schedule, String... times) {
        services.steps().create(who, aim.id(), new StepDraft(action, new Sizing(5, "minutes", 1, 1, null), null,
                Schedule.parse(schedule)), java.util.Arrays.stream(times).map(LocalTime::parse).toList());
    }

    @Test
    void theFeedIsAsWritten() throws IOException {
        try (InputStream golden = CalendarFeedTest.class.getResourceAsStream("/reminders/paris.ics")) {
            assertThat(parisFeed()).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void eachReminderIsARecurringEventInThePersonsZone() {
        String feed = parisFeed();
        assertThat(Biweekly.parse(feed).all()).hasSize(1);
        ICalendar calendar = Biweekly.parse(feed).first();
        Map<String, String> rules = calendar.getEvents().stream().collect(Collectors.toMap(
                event -> event.getUid().getValue(), CalendarFeedTest::rule));
        assertThat(rules).containsOnlyKeys("session-2000@coach.example", "step-1-0630@coach.example",
                "step-1-0730@coach.example", "step-1-1800@coach.example", "step-2-2100@coach.example",
                "step-3-1215@coach.example");
        assertThat(rules.get("step-2-2100@coach.example")).isEqualTo("WEEKLY [MO, TH]");
        assertThat(rules.get("step-3-1215@coach.example")).as("3 in 7: every day, as Today offers it").isEqualTo("DAILY []");
        assertThat(rules.get("step-1-0630@coach.example")).as("06:00 waits for the quiet hours' end").isEqualTo("DAILY []");

        TimezoneInfo zones = calendar.getTimezoneInfo();
        VEvent read = calendar.getEvents().stream()
                .filter(event -> event.getUid().getValue().equals("step-2-2100@coach.example")).findFirst().orElseThrow();
        assertThat(zones.getTimezone(read.getDateStart()).getTimeZone().getID()).isEqualTo("Europe/Paris");
        assertThat(read.getDateStart().getValue().toInstant()).as("Monday 23 November, 21:00 in Paris")
                .isEqualTo(ZonedDateTime.of(2026, 11, 23, 21, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant());
        assertThat(read.getSummary().getValue()).isEqualTo("Read");
        assertThat(read.getAlarms()).hasSize(1);
        VEvent walk = calendar.getEvents().stream()
                .filter(event -> event.getUid().getValue().equals("step-1-0730@coach.example")).findFirst().orElseThrow();
        assertThat(walk.getSummary().getValue()).as("commas and semicolons come back as written")
                .isEqualTo("Walk, slowly; then home");
    }

    @Test
    void theTimeZonesAreWrittenFromJavasOwnRules() {
        for (String zone : List.of("Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe")) {
            Person person = services.accounts().signUp("p" + Math.abs(zone.hashCode()), "a long password", Place.in(zone), null);
            services.reminders().change(person, null, LocalTime.of(8, 0));
            ICalendar calendar = Biweekly.parse(services.reminders().feed(
                    services.reminders().newFeed(person).secret(), SITE)).first();
            VTimezone component = calendar.getTimezoneInfo().getComponents().iterator().next();
            assertThat(component.getTimezoneId().getValue()).isEqualTo(zone);
            assertThat(changes(component)).as(zone).isEqualTo(javasChanges(ZoneId.of(zone)));
        }
    }

    /** The clock changes the VTIMEZONE says, as read by the library, from 2027 to 2031: when, and to what offset. */
    private static List<String> changes(VTimezone component) {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        List<String> changes = new ArrayList<>();
        List<Observance> observances = new ArrayList<>(component.getStandardTimes());
        observances.addAll(component.getDaylightSavingsTime());
        for (Observance observance : observances) {
            DateTimeComponents start = observance.getDateStart().getValue().getRawComponents();
            ZoneOffset from = ZoneOffset.ofTotalSeconds((int) (observance.getTimezoneOffsetFrom().getValue().getMillis() / 1000));
            ZoneOffset to = ZoneOffset.ofTotalSeconds((int) (observance.getTimezoneOffsetTo().getValue().getMillis() / 1000));
            LocalDateTime onset = LocalDateTime.of(start.getYear(), start.getMonth(), start.getDate(), start.getHour(),
                    start.getMinute(), start.getSecond());
            if (observance.getRecurrenceRule() == null) {
                continue;
            }
            DateIterator dates = observance.getRecurrenceRule().getDateIterator(
                    Date.from(onset.toInstant(ZoneOffset.UTC)), utc);
            while (dates.hasNext()) {
                Instant at = LocalDateTime.ofInstant(dates.next().toInstant(), ZoneOffset.UTC).toInstant(from);
                if (at.isAfter(WINDOW_END)) {
                    break;
                }
                if (at.isAfter(WINDOW_START)) {
                    changes.add(at + " " + to);
                }
            }
        }
        return changes.stream().sorted().toList();
    }

    private static List<String> javasChanges(ZoneId zone) {
        List<String> changes = new ArrayList<>();
        for (ZoneOffsetTransition change = zone.getRules().nextTransition(WINDOW_START);
                change != null && change.getInstant().isBefore(WINDOW_END);
                change = zone.getRules().nextTransition(change.getInstant())) {
            changes.add(change.getInstant() + " " + change.getOffsetAfter());
        }
        return changes.stream().sorted().toList();
    }

    @Test
    void parisAndNewYorkChangeTheirClocksOnTheirOwnSundays() {
        Map<String, String> expected = Map.of(
                "Europe/Paris", "STANDARD +0200>+0100 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU | "
                        + "DAYLIGHT +0100>+0200 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "America/New_York", "STANDARD -0400>-0500 FREQ=YEARLY;BYMONTH=11;BYDAY=1SU | "
                        + "DAYLIGHT -0500>-0400 FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
        expected.forEach((zone, observances) -> {
            ICalendarText ical = new ICalendarText();
            TimeZoneComponent.write(ical, ZoneId.of(zone), NOW);
            String text = ical.toString();
            List<String> found = List.of(text.split("BEGIN:")).stream().filter(part -> part.startsWith("STANDARD")
                    || part.startsWith("DAYLIGHT")).map(CalendarFeedTest::observance).sorted(Comparator.reverseOrder())
                    .toList();
            assertThat(String.join(" | ", found)).isEqualTo(observances);
        });
    }

    private static String observance(String part) {
        Map<String, String> lines = part.lines().filter(line -> line.contains(":"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(':')),
                        line -> line.substring(line.indexOf(':') + 1), (a, b) -> a));
        return part.substring(0, 8) + " " + lines.get("TZOFFSETFROM") + ">" + lines.get("TZOFFSETTO") + " "
                + lines.get("RRULE");
    }

    private static String rule(VEvent event) {
        return event.getRecurrenceRule().getValue().getFrequency() + " "
                + event.getRecurrenceRule().getValue().getByDay().stream().map(day -> day.getDay().getAbbr()).toList();
    }
}
