package coach.kaizen.app.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A VTIMEZONE written from Java's own zone rules, so nothing is fetched from anywhere: a zone with
 * summer time gets its two yearly rules from the year they took effect, and a zone without gets
 * its offset of today. Calendars need the zone from now on, which is what this says.
 */
final class TimeZoneComponent {

    private static final LocalDateTime SINCE_EVER = LocalDateTime.of(1970, 1, 1, 0, 0);

    private TimeZoneComponent() {
    }

    static void write(ICalendarText ical, ZoneId zone, Instant now) {
        ZoneRules rules = zone.getRules();
        ical.begin("VTIMEZONE").line("TZID", zone.getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(now);
            observance(ical, "STANDARD", SINCE_EVER, offset, offset, null);
        } else {
            List<ZoneOffsetTransition> history = rules.getTransitions();
            int year = history.isEmpty() ? SINCE_EVER.getYear()
                    : history.get(history.size() - 1).getDateTimeAfter().getYear() + 1;
            for (ZoneOffsetTransitionRule rule : yearly) {
                ZoneOffsetTransition first = rule.createTransition(year);
                boolean standard = rule.getOffsetAfter().equals(rule.getStandardOffset());
                observance(ical, standard ? "STANDARD" : "DAYLIGHT", first.getDateTimeBefore(), rule.getOffsetBefore(),
                        rule.getOffsetAfter(), "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + day(rule));
            }
        }
        ical.end("VTIMEZONE");
    }

    private static void observance(ICalendarText ical, String kind, LocalDateTime start, ZoneOffset from,
            ZoneOffset to, String rule) {
        ical.begin(kind)
                .line("DTSTART", ICalendarText.local(start))
                .line("TZOFFSETFROM", ICalendarText.offset(from))
                .line("TZOFFSETTO", ICalendarText.offset(to));
        if (rule != null) {
            ical.line("RRULE", rule);
        }
        ical.end(kind);
    }

    /** The rule's day in its month: "BYDAY=-1SU" (the last Sunday), "BYDAY=2SU", or a run of dates. */
    private static String day(ZoneOffsetTransitionRule rule) {
        int date = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday == null) {
            return "BYMONTHDAY=" + date;
        }
        String code = weekday.name().substring(0, 2);
        if (date > 0 && (date - 1) % 7 == 0 && date <= 22) {
            return "BYDAY=" + ((date - 1) / 7 + 1) + code;
        }
        if (date < 0 && (-date - 1) % 7 == 0) {
            return "BYDAY=-" + ((-date - 1) / 7 + 1) + code;
        }
        Month month = rule.getMonth();
        if (month != Month.FEBRUARY && date == month.maxLength() - 6) {
            return "BYDAY=-1" + code;
        }
        // The weekday on or after the date (on or before, counted from the month's end): one of seven days.
        int first = date > 0 ? date : date - 6;
        return "BYMONTHDAY=" + IntStream.range(first, first + 7).mapToObj(Integer::toString)
                .collect(Collectors.joining(",")) + ";BYDAY=" + code;
    }
}
