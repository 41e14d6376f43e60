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
    void rejectsAnHourOutsideTheDay() {
        assertThatThrownBy(() -> PersonalDay.at(Instant.EPOCH, BERLIN, 24)).hasMessageContaining("0 to 23");
    }
}
