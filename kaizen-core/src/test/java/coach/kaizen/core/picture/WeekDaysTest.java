package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Schedule;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekDaysTest {

    /** A Monday. */
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    /**
     * Two steps' days from 25 May (Days' letters), the wins and passed urges on days of the week
     * (0 is Monday 1 June; an urge that did not pass is written with a minus), and what each day holds.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "DDDDDDD DDDDDDD | DDDDDDD DDDDDDD |            |         | 2 2 2 2 2 2 2 | 0 0 0 0 0 0 0 | 14 | 7 | 0",
        // Missed, skipped and slipped days are not done; a hard day's smallest version is.
        "DDDDDDD DMSLH.. | ....... D...... |  0 0 6     | 1 -2    | 2 0 0 0 1 0 0 | 2 1 0 0 0 0 1 | 3  | 2 | 4",
        // Days after the week are not in it.
        "....... ....... D | .......       |            |         | 0 0 0 0 0 0 0 | 0 0 0 0 0 0 0 | 0  | 0 | 0",
    })
    void eachDayCountsItsStepsDoneAndItsWins(String walk, String read, String winDays, String urgeDays,
            String done, String wins, int allDone, int daysWithAStep, int allWins) {
        LocalDate may25 = JUNE_1.minusDays(7);
        WeekDays week = WeekDays.of(JUNE_1, JUNE_1.plusDays(14),
                List.of(Days.replay(Days.step(Schedule.parse("daily"), may25), walk),
                        Days.replay(Days.step(Schedule.parse("daily"), may25), read)),
                numbers(winDays).stream().map(day -> new RecoveryAction(0, 9, JUNE_1.plusDays(day),
                        RecoveryActionKind.BOUNDARY, null)).toList(),
                numbers(urgeDays).stream().map(day -> new Urge(0, 9, JUNE_1.plusDays(Math.abs(day)),
                        new UrgeDraft(5, null, null, null, day >= 0))).toList());
        assertThat(week.days()).extracting(WeekDays.Day::day).containsExactlyElementsOf(
                JUNE_1.datesUntil(JUNE_1.plusDays(7)).toList());
        assertThat(week.days()).extracting(WeekDays.Day::stepsDone).containsExactlyElementsOf(numbers(done));
        assertThat(week.days()).extracting(WeekDays.Day::wins).containsExactlyElementsOf(numbers(wins));
        assertThat(week.stepsDone()).isEqualTo(allDone);
        assertThat(week.daysWithAStep()).isEqualTo(daysWithAStep);
        assertThat(week.wins()).isEqualTo(allWins);
    }

    @Test
    void aWeekStillGoingHasItsDaysSoFarOnly() {
        WeekDays wednesday = WeekDays.of(JUNE_1, JUNE_1.plusDays(2), List.of(), List.of(), List.of());
        assertThat(wednesday.days()).extracting(WeekDays.Day::day).containsExactly(JUNE_1, JUNE_1.plusDays(1),
                JUNE_1.plusDays(2));
    }

    private static List<Integer> numbers(String written) {
        return written == null ? List.of() : Arrays.stream(written.trim().split(" +")).map(Integer::valueOf).toList();
    }
}
