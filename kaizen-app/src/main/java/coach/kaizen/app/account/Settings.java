package coach.kaizen.app.account;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.person.Theme;
import coach.kaizen.core.text.Message;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * What a person sets about themselves, as sent: time zone, day-start hour, first day of the week
 * (MONDAY or SUNDAY), language (one we ship), country (an ISO 3166-1 code; blank for none) and
 * theme (DEVICE, LIGHT or DARK).
 */
public record Settings(String timeZone, Integer dayStartHour, String weekStart, String language, String country,
        String theme) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** The settings a person has now, as a form or a PATCH starts from. */
    public static Settings of(Person person) {
        return new Settings(person.zone().getId(), person.dayStartHour(), person.weekStart().name(),
                person.language(), person.country() == null ? "" : person.country(), person.theme().name());
    }

    /** {@code person} with these settings, each checked; the first one out of its range is refused. */
    public static Person apply(Person person, Settings wanted) {
        return new Person(person.id(), person.username(), zone(wanted.timeZone), hour(wanted.dayStartHour),
                weekStart(wanted.weekStart), language(wanted.language), country(wanted.country), theme(wanted.theme));
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw new Invalid(Message.of("problem.timeZone.missing"));
        }
        if (!ZoneId.getAvailableZoneIds().contains(timeZone.strip())) {
            throw new Invalid(Message.of("problem.timeZone"));
        }
        return ZoneId.of(timeZone.strip());
    }

    private static int hour(Integer dayStartHour) {
        if (dayStartHour == null || dayStartHour < 0 || dayStartHour > 23) {
            throw new Invalid(Message.of("problem.dayStartHour"));
        }
        return dayStartHour;
    }

    private static DayOfWeek weekStart(String weekStart) {
        String day = weekStart == null ? "" : weekStart.strip().toUpperCase(Locale.ROOT);
        if (!day.equals("MONDAY") && !day.equals("SUNDAY")) {
            throw new Invalid(Message.of("problem.weekStart"));
        }
        return DayOfWeek.valueOf(day);
    }

    private static String language(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!Catalog.shipped().has(code)) {
            throw new Invalid(Message.of("problem.language", String.join(", ", Catalog.shipped().languages().keySet())));
        }
        return code;
    }

    private static Theme theme(String theme) {
        String name = theme == null ? "" : theme.strip().toUpperCase(Locale.ROOT);
        for (Theme known : Theme.values()) {
            if (known.name().equals(name)) {
                return known;
            }
        }
        throw new Invalid(Message.of("problem.theme"));
    }

    private static String country(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new Invalid(Message.of("problem.country"));
        }
        return code;
    }
}
