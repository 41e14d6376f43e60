package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.picture.RecoveryWeeks.Week;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecoveryWeeksTest {

    /** A Monday. */
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    /** Wins on Mon 1, Sat 6, Sun 7, Mon 8 and Sat 20; urges on Tue 2 (passed), Sun 7 (one of two) and Sun 14. */
    private static final List<RecoveryAction> WINS = Stream.of(1, 6, 7, 8, 20)
            .map(day -> new RecoveryAction(0, 1, june(day), RecoveryActionKind.BOUNDARY, null)).toList();
    private static final List<Urge> URGES = List.of(urge(2, true), urge(7, false), urge(7, true), urge(14, true));

    static Stream<Arguments> weekStarts() {
        return Stream.of(
                // Mon 1–Sun 7: wins 1, 6, 7, urges 2, 7, 7; Mon 8–Sun 14: win 8, urge 14; Mon 15–Sun 21: win 20.
                Arguments.of(DayOfWeek.MONDAY, List.of(new Week(june(1), 3, 2, 3), new Week(june(8), 1, 1, 1),
                        new Week(june(15), 1, 0, 0))),
                // Sun 31 May–Sat 6: wins 1, 6, urge 2; Sun 7–Sat 13: wins 7, 8, urges 7, 7;
                // Sun 14–Sat 20: win 20, urge 14.
                Arguments.of(DayOfWeek.SUNDAY, List.of(new Week(june(1).minusDays(1), 2, 1, 1),
                        new Week(june(7), 2, 1, 2), new Week(june(14), 1, 1, 1))));
    }

    @ParameterizedTest(name = "weeks from {0}")
    @MethodSource("weekStarts")
    void eachWeekHoldingADayOfTheRangeIsCountedWhole(DayOfWeek weekStart, List<Week> expected) {
        assertThat(RecoveryWeeks.of(WINS, URGES, june(3), june(16), weekStart).weeks())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aQuietWeekIsShownToo() {
        assertThat(RecoveryWeeks.of(WINS, URGES, june(22), june(28), DayOfWeek.MONDAY).weeks())
                .containsExactly(new Week(june(22), 0, 0, 0));
    }

    private static LocalDate june(int day) {
        return JUNE_1.withDayOfMonth(day);
    }

    private static Urge urge(int day, boolean passed) {
        return new Urge(0, 1, june(day), new UrgeDraft(7, null, null, null, passed));
    }
}
