package coach.kaizen.core.day;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PersonalDayTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void theSameInstantIsADifferentDayInDifferentZones() {
        Instant now = Instant.parse("2026-03-10T20:00:00Z");
        assertThat(PersonalDay.at(now, BERLIN, 0)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(PersonalDay.at(now, AUCKLAND, 0)).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void aNightOwlsDayStartsAtTheirOwnHour() {
        Instant twoAm = Instant.parse("2026-03-11T01:00:00Z"); // 02:00 in Berlin
        assertThat(PersonalDay.at(twoAm, BERLIN, 3)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(PersonalDay.at(twoAm, BERLIN, 0)).isEqualTo(LocalDate.of(2026, 3, 11));
        Instant threeAm = Instant.parse("2026-03-11T02:00:00Z");
        assertThat(PersonalDay.at(threeAm, BERLIN, 3)).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void theSpringForwardNightIsStillOneDay() {
        // Berlin skips 02:00-03:00 on 2026-03-29; 03:30 local is already the new day for a 3 am start.
        Instant before = Instant.parse("2026-03-29T00:59:00Z"); // 01:59 CET
        Instant after = Instant.parse("2026-03-29T01:30:00Z"); // 03:30 CEST
        assertThat(PersonalDay.at(before, BERLIN, 3)).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(PersonalDay.at(after, BERLIN, 3)).isEqualTo(LocalDate.of(2026, 3, 29));
    }

    @Test
    void theNightClocksGoBackA2amDayStartIsCrossedOnce() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // On 2026-11-01 New York sets its clocks back from 02:00 EDT to 01:00 EST (06:00 UTC).
        assertThat(PersonalDay.at(Instant.parse("2026-11-01T05:30:00Z"), newYork, 2))
                .as("01:30 EDT").isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(PersonalDay.at(Instant.parse("2026-11-01T06:00:00Z"), newYork, 2))
                .as("the moment the clocks go back").isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(PersonalDay.at(Instant.parse("2026-11-01T06:30:00Z"), newYork, 2))
                .as("01:30 EST, the second time: still the new day").isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(PersonalDay.at(Instant.parse("2026-11-01T07:30:00Z"), newYork, 2))
                .as("02:30 EST").isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void rejectsAnHourOutsideTheDay() {
        assertThatThrownBy(() -> PersonalDay.at(Instant.EPOCH, BERLIN, 24)).hasMessageContaining("0 to 23");
    }
}
