package coach.kaizen.core.person;

import coach.kaizen.core.day.PersonalDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Someone using the coach, with the zone and hour their days start in. */
public record Person(long id, String username, ZoneId zone, int dayStartHour) {

    public Person {
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be from 0 to 23");
        }
    }

    public LocalDate dayAt(Instant now) {
        return PersonalDay.at(now, zone, dayStartHour);
    }
}
