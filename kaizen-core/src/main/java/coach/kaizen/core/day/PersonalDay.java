package coach.kaizen.core.day;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

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
        // Wall-clock comparison, so a daylight-saving jump neither skips nor doubles a day.
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDate date = local.toLocalDate();
        return local.getHour() < dayStartHour ? date.minusDays(1) : date;
    }
}
