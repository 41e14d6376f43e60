package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

    /** The week's name, its Monday, and the first day of the person's week from Monday and from Sunday. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-W49 | 2026-11-30 | 2026-11-30 | 2026-11-29",
        "2026-W01 | 2025-12-29 | 2025-12-29 | 2025-12-28",
        // 2026 has 53 ISO weeks; its last Monday is in December, its Sunday in January.
        "2026-W53 | 2026-12-28 | 2026-12-28 | 2026-12-27",
        "2020-W53 | 2020-12-28 | 2020-12-28 | 2020-12-27",
        "2027-W01 | 2027-01-04 | 2027-01-04 | 2027-01-03",
    })
    void aNamedWeekIsThePersonsWeekHoldingItsMonday(String written, LocalDate monday, LocalDate fromMonday,
            LocalDate fromSunday) {
        IsoWeek week = IsoWeek.parse(written).orElseThrow();
        assertThat(week.toString()).isEqualTo(written);
        assertThat(week.monday()).isEqualTo(monday);
        assertThat(week.firstDay(DayOfWeek.MONDAY)).isEqualTo(fromMonday);
        assertThat(week.firstDay(DayOfWeek.SUNDAY)).isEqualTo(fromSunday);
        // And back: each person's week is named by the week it was read from, whatever day it is asked on.
        for (int day = 0; day < 7; day++) {
            assertThat(IsoWeek.named(fromMonday)).isEqualTo(week);
            assertThat(IsoWeek.named(fromSunday)).isEqualTo(week);
            assertThat(IsoWeek.of(monday.plusDays(day))).isEqualTo(week);
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"2025-W53", "2026-W00", "2026-W54", "2026-W7", "2026W49", "2026-w49", "0000-W01",
        "26-W49", " 2026-W49", "2026-W49x", "2026-12-01"})
    void anythingElseIsNoWeek(String written) {
        assertThat(IsoWeek.parse(written)).isEmpty();
    }
}
