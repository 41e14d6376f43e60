package coach.kaizen.core.day;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A person's day: the local date in their own zone, where a day may start later than
 * midnight (a night owl's 3 am). The only place "today" is decided.
 */
public final class PersonalDay {

    private PersonalDay() {
    }

    public static LocalDate at(Instant now, ZoneId zone, int dayStartHour) {
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be from 0 to 23");
        }
        LocalDateTime local = wallClock(now, zone);
        LocalDate date = local.toLocalDate();
        return local.getHour() < dayStartHour ? date.minusDays(1) : date;
    }

    /**
     * The wall clock, read so it never goes back. In the hour (or hours) after a clock is set
     * back, it stays at the time the clock was set back from until the clock catches up, so a day
     * start (2 am, say) is never crossed twice on the night summer time ends. A clock set forward
     * needs nothing: the day starts at the first moment past its hour.
     */
    private static LocalDateTime wallClock(Instant now, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        LocalDateTime local = LocalDateTime.ofInstant(now, rules.getOffset(now));
        ZoneOffsetTransition last = rules.previousTransition(now.plusNanos(1));
        if (last != null && last.isOverlap() && local.isBefore(last.getDateTimeBefore())) {
            return last.getDateTimeBefore();
        }
        return local;
    }
}
