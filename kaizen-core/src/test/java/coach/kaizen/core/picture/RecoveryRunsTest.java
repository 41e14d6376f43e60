package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.recovery.RecoveryTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryRunsTest {

    /** The counter's start: day 0. */
    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    /** Days from the start; runs written "from-to=days", the days as the counter counts them (0 on a run's first). */
    @ParameterizedTest(name = "slips on {0}, today {1}")
    @CsvSource(delimiter = '|', value = {
        "       | 30 | 0-30=30           | 0-30",
        "9      | 19 | 0-9=9 9-19=10     | 9-19",
        // A slip on the first day, or before, came before the counting.
        "0 -3   | 5  | 0-5=5             | 0-5",
        // Two slips on one day begin one run; one today begins a run of 0 days.
        "4 4 5  | 5  | 0-4=4 4-5=1 5-5=0 | 0-4",
        // Started today.
        "       | 0  | 0-0=0             | 0-0",
        // A slip dated after today (a move west) is today's, as in the tally.
        "6      | 5  | 0-5=5 5-5=0       | 0-5",
        // Of two runs as long, the later is named the longest.
        "10     | 20 | 0-10=10 10-20=10  | 10-20",
    })
    void runsFromTheStartAndFromEachSlip(String slips, int today, String runs, String longest) {
        RecoveryRuns recovery = RecoveryRuns.of(START, days(slips), START.plusDays(today));
        assertThat(recovery.runs()).extracting(RecoveryRunsTest::written).containsExactly(runs.split(" "));
        assertThat(written(recovery.longest())).startsWith(longest + "=");
        assertThat(recovery.current()).isEqualTo(recovery.runs().get(recovery.runs().size() - 1));
        assertThat(recovery.totalDays()).isEqualTo(Math.max(0, today));
        // The current run's days are the counter's.
        Aim aim = new Aim(1, "Less wine", AimKind.RECOVER, null, START);
        assertThat(recovery.current().days()).isEqualTo(
                RecoveryTally.of(aim, List.of(), List.of(), days(slips), START.plusDays(today)).daysSince());
    }

    @ParameterizedTest(name = "{0} days")
    @CsvSource(delimiter = '|', value = {
        "0   |                        | 1",
        "1   | 1                      | 7",
        "6   | 1                      | 7",
        "7   | 1 7                    | 30",
        "30  | 1 7 30                 | 90",
        "364 | 1 7 30 90 180          | 365",
        "365 | 1 7 30 90 180 365      | 730",
        "800 | 1 7 30 90 180 365 730  | 1095",
    })
    void milestonesReachedAndTheNextAhead(int days, String reached, int next) {
        assertThat(Milestones.of(days)).isEqualTo(new Milestones(numbers(reached), next));
    }

    @Test
    void theMilestonesAreTheCurrentRunsOwn() {
        RecoveryRuns recovery = RecoveryRuns.of(START, days("40"), START.plusDays(47));
        assertThat(recovery.milestones()).isEqualTo(new Milestones(List.of(1, 7), 30));
    }

    /** 4.50 and 30 minutes a day. */
    @ParameterizedTest(name = "slips on {0}, today {1}")
    @CsvSource(delimiter = '|', value = {
        "      | 30 | 30 | 135.00 | 900 | 30 | 135.00 | 900",
        // Days 0–8 and 10–18 in all; the current run counts from the slip, as the counter does.
        "9     | 19 | 10 | 45.00  | 300 | 18 | 81.00  | 540",
        // A slip today is taken off once today is over.
        "19    | 19 | 0  | 0.00   | 0   | 19 | 85.50  | 570",
        "19    | 20 | 1  | 4.50   | 30  | 19 | 85.50  | 570",
        "0     | 3  | 3  | 13.50  | 90  | 3  | 13.50  | 90",
        "      | 0  | 0  | 0.00   | 0   | 0  | 0.00   | 0",
    })
    void moneyAndTimeNotSpent(String slips, int today, int runDays, BigDecimal runMoney, long runMinutes,
            int allDays, BigDecimal allMoney, long allMinutes) {
        NotSpent notSpent = NotSpent.of(RecoveryRuns.of(START, days(slips), START.plusDays(today)),
                new BigDecimal("4.50"), 30);
        assertThat(notSpent.currentRun().days()).isEqualTo(runDays);
        assertThat(notSpent.currentRun().money()).isEqualByComparingTo(runMoney);
        assertThat(notSpent.currentRun().minutes()).isEqualTo(runMinutes);
        assertThat(notSpent.inAll().days()).isEqualTo(allDays);
        assertThat(notSpent.inAll().money()).isEqualByComparingTo(allMoney);
        assertThat(notSpent.inAll().minutes()).isEqualTo(allMinutes);
    }

    @Test
    void aDayCostsNothingLessThanNothing() {
        RecoveryRuns recovery = RecoveryRuns.of(START, List.of(), START);
        assertThatThrownBy(() -> NotSpent.of(recovery, new BigDecimal("-1"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotSpent.of(recovery, BigDecimal.ZERO, -5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LocalDate> days(String offsets) {
        return numbers(offsets).stream().map(START::plusDays).toList();
    }

    private static List<Integer> numbers(String written) {
        return written == null ? List.of() : Arrays.stream(written.trim().split(" +")).map(Integer::valueOf).toList();
    }

    private static String written(RecoveryRuns.Run run) {
        return START.until(run.from(), ChronoUnit.DAYS) + "-" + START.until(run.to(), ChronoUnit.DAYS) + "="
                + run.days();
    }
}
