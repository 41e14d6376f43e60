package coach.kaizen.core.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every zone the JDK knows, every day-start hour, through every clock change of 2026 and 2027:
 * a person's days follow one another, one at a time, never skipped and never twice.
 */
class PersonalDayProperties {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");
    /** Around each clock change, the days are read every quarter hour from a day and more before to a day and more after. */
    private static final Duration AROUND = Duration.ofHours(30);
    private static final Duration STEP = Duration.ofMinutes(15);

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 20_000)
    void aClockChangeNeitherSkipsNorDoublesADay(
            @ForAll("zones") String zoneId, @ForAll @IntRange(min = 0, max = 23) int dayStartHour) {
        ZoneId zone = ZoneId.of(zoneId);
        for (Instant change : changes(zone)) {
            List<LocalDate> days = new ArrayList<>();
            for (Instant now = change.minus(AROUND); now.isBefore(change.plus(AROUND)); now = now.plus(STEP)) {
                days.add(PersonalDay.at(now, zone, dayStartHour));
            }
            for (int i = 1; i < days.size(); i++) {
                LocalDate before = days.get(i - 1);
                LocalDate after = days.get(i);
                assertThat(after).as("%s, day starting at %d, around %s", zoneId, dayStartHour, change)
                        .isIn(before, before.plusDays(1));
            }
            assertThat(new TreeSet<>(days)).as("%s around %s", zoneId, change)
                    .hasSize((int) (days.get(days.size() - 1).toEpochDay() - days.get(0).toEpochDay()) + 1);
        }
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    }

    private static List<Instant> changes(ZoneId zone) {
        List<Instant> changes = new ArrayList<>();
        ZoneOffsetTransition next = zone.getRules().nextTransition(FROM);
        while (next != null && next.getInstant().isBefore(TO)) {
            changes.add(next.getInstant());
            next = zone.getRules().nextTransition(next.getInstant());
        }
        return changes;
    }
}
