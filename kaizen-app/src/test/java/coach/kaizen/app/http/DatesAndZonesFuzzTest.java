package coach.kaizen.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.account.Settings;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.testing.Fuzzed;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.IsoWeek;
import coach.kaizen.core.reminder.ReminderTimes;
import coach.kaizen.core.text.Refused;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/**
 * Days, weeks, times of day and time zones as people and clients write them: each is read, or
 * refused in words, and what is read is written back the same.
 */
class DatesAndZonesFuzzTest {

    @FuzzTest
    void day(byte[] input) {
        String written = Fuzzed.text(input);
        LocalDate day;
        try {
            day = Params.day(written, "day");
        } catch (Invalid refused) {
            return;
        }
        assertThat(Params.day(day.toString(), "day")).isEqualTo(day);
    }

    @FuzzTest
    void week(byte[] input) {
        Optional<IsoWeek> week = IsoWeek.parse(Fuzzed.text(input));
        week.ifPresent(read -> {
            assertThat(IsoWeek.parse(read.toString())).contains(read);
            assertThat(IsoWeek.named(read.monday())).isEqualTo(read);
        });
    }

    @FuzzTest
    void timeOfDay(byte[] input) {
        LocalTime time;
        try {
            time = ReminderTimes.parse(Fuzzed.text(input));
        } catch (Refused refused) {
            return;
        }
        assertThat(ReminderTimes.parse(ReminderTimes.write(time))).isEqualTo(time);
    }

    /** One setting a line: time zone, day-start hour, week start, language, country, theme. */
    @FuzzTest
    void settings(byte[] input) {
        String[] lines = Arrays.copyOf(Fuzzed.text(input).split("\n", -1), 6);
        Integer hour = lines[1] == null || !lines[1].strip().matches("-?\\d{1,9}") ? null
                : Integer.valueOf(lines[1].strip());
        Settings wanted = new Settings(lines[0], hour, lines[2], lines[3], lines[4], lines[5]);
        Person person;
        try {
            person = Settings.apply(Person.newcomer("someone", ZoneOffset.UTC, 0), wanted);
        } catch (Invalid refused) {
            return;
        }
        assertThat(Settings.apply(person, Settings.of(person))).isEqualTo(person);
        for (Instant now : new Instant[] {Instant.EPOCH, Instant.parse("2026-03-29T01:30:00Z"),
                Instant.parse("9999-12-30T00:00:00Z")}) {
            LocalDate today = person.dayAt(now);
            assertThat(person.weekOf(today)).isBeforeOrEqualTo(today);
        }
    }
}
