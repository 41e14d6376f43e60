package coach.kaizen.core.person;

import coach.kaizen.core.day.PersonalDay;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Someone using the coach: the zone and hour their days start in, the day their weeks start on,
 * the language they read, the country whose help lines they are shown ({@code country} is an
 * ISO 3166-1 code, or null while unknown), and whether their pages are light, dark or as the device prefers.
 */
public record Person(long id, String username, ZoneId zone, int dayStartHour, DayOfWeek weekStart, String language,
        String country, Theme theme) {

    public Person {
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be from 0 to 23");
        }
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
    }

    /** Someone not saved yet: reading English, weeks from Monday, no country until one is chosen, the device's theme. */
    public static Person newcomer(String username, ZoneId zone, int dayStartHour) {
        return new Person(0, username, zone, dayStartHour, DayOfWeek.MONDAY, "en", null, Theme.DEVICE);
    }

    public LocalDate dayAt(Instant now) {
        return PersonalDay.at(now, zone, dayStartHour);
    }

    /** The first day of the person's week that holds {@code day}. */
    public LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(weekStart));
    }
}
