package coach.kaizen.core.strength;

import static coach.kaizen.core.strength.ScoreList.SKIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Golden values from Loop Habit Tracker (iSoron/uhabits), uhabits-core/src/jvmTest/java/org/isoron/
 * uhabits/core/models/ScoreListTest.kt: classes YesNoScoreListTest, NumericalAtLeastScoreListTest
 * and NumericalAtLeastScoreListWithSkipTest; and the 2-in-3 habit of HabitFixtures.createShortHabit
 * as exported for HabitsCSVExporterTest (uhabits-core/assets/test/csv_export/002 Wake up early/
 * Scores.csv). Loop lists scores newest first and places entries by days before today, so these
 * tests do too.
 */
class ScoreListTest {

    private static final Offset<Double> E = within(1e-6);

    // YesNoScoreListTest.test_getValue: done on each of the last 20 days.
    @Test
    void dailyHabitDoneTwentyDays() {
        double[] days = history(20);
        Arrays.fill(days, 1);

        assertThat(newestFirst(ScoreList.scores(Frequency.DAILY, days))).containsExactly(new double[] {
            0.655747, 0.636894, 0.617008, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617,
            0.443734, 0.413270, 0.381137, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.147820,
            0.101149, 0.051922}, E);
    }

    // YesNoScoreListTest.test_getValueWithSkip: as above, with days 5, 10 and 11 skipped instead.
    @Test
    void dailyHabitWithSkips() {
        double[] days = history(20);
        Arrays.fill(days, 1);
        mark(days, SKIP, 5, 10, 11);

        assertThat(newestFirst(ScoreList.scores(Frequency.DAILY, days))).containsExactly(new double[] {
            0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617, 0.472617, 0.443734, 0.413270,
            0.381137, 0.347244, 0.347244, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.147820,
            0.101149, 0.051922}, E);
    }

    // YesNoScoreListTest.test_getValueWithSkip2: done 5 days ago, skipped 4 days ago, nothing since.
    @Test
    void dailyHabitSkippedRightAfterTheFirstRepetition() {
        double[] days = history(6);
        mark(days, 1, 5);
        mark(days, SKIP, 4);

        assertThat(newestFirst(ScoreList.scores(Frequency.DAILY, days)))
                .containsExactly(new double[] {0.041949, 0.044247, 0.046670, 0.049226, 0.051922, 0.051922}, E);
    }

    // YesNoScoreListTest.test_recompute and test_addThenRemove.
    @Test
    void twoDaysDoneReadDailyAndAsOnceInTwoDays() {
        assertThat(last(ScoreList.scores(Frequency.DAILY, new double[] {1}))).isCloseTo(0.051922, E);
        assertThat(last(ScoreList.scores(Frequency.DAILY, new double[] {1, 1}))).isCloseTo(0.101149, E);
        assertThat(last(ScoreList.scores(new Frequency(1, 2), new double[] {1, 1}))).isCloseTo(0.054816, E);
    }

    // YesNoScoreListTest.test_imperfectNonDaily: two repetitions a week for 100 weeks.
    @Test
    void twoOfThreeWeeklyRepetitionsConvergeToTwoThirds() {
        double[] days = history(700);
        for (int week = 0; week < 100; week++) {
            mark(days, 1, 7 * week, 7 * week + 1);
        }

        assertThat(last(ScoreList.scores(new Frequency(3, 7), days))).isCloseTo(2 / 3.0, E);
        assertThat(last(ScoreList.scores(new Frequency(4, 7), days))).isCloseTo(0.5, E);
    }

    // YesNoScoreListTest.test_irregularNonDaily: once a week, but on the first day of one week and
    // the last of the next, so seven-day windows hold 0 or 2; the doubled window always holds 2.
    @Test
    void weeklyHabitDoneOnDifferentWeekdaysConvergesToOne() {
        double[] days = history(1400);
        for (int fortnight = 0; fortnight < 100; fortnight++) {
            mark(days, 1, 14 * fortnight, 14 * fortnight + 13);
        }

        assertThat(last(ScoreList.scores(new Frequency(1, 7), days))).isCloseTo(1.0, within(1e-3));
    }

    // YesNoScoreListTest.shouldAchieveHighScoreInReasonableTime: 99% within 3 months (daily),
    // 9 months (weekly) and 18 months (monthly; Loop keeps the weekly repetitions for this one).
    @Test
    void regularHabitsPassNinetyNinePercentInReasonableTime() {
        double[] daily = history(90);
        Arrays.fill(daily, 1);
        assertThat(last(ScoreList.scores(Frequency.DAILY, daily))).isGreaterThan(0.99);

        double[] weekly = history(7 * 38 + 1);
        for (int i = 0; i <= 38; i++) {
            mark(weekly, 1, 7 * i);
        }
        assertThat(last(ScoreList.scores(new Frequency(1, 7), weekly))).isGreaterThan(0.99);

        double[] monthly = history(30 * 17 + 1);
        for (int i = 0; i <= 38; i++) {
            mark(monthly, 1, 7 * i);
        }
        for (int i = 0; i <= 17; i++) {
            mark(monthly, 1, 30 * i);
        }
        assertThat(last(ScoreList.scores(new Frequency(1, 30), monthly))).isGreaterThan(0.99);
    }

    // HabitFixtures.createShortHabit ("Wake up early", 2 times in 3 days), newest first: done,
    // not, not, done, done, done, not, not, done, done. Loop fills two of the "not" days in as
    // YES_AUTO; they do not count. Loop's CSV keeps 4 decimals, hence the wider tolerance.
    @Test
    void twoTimesInThreeDaysMatchesLoopsExport() {
        double[] days = history(10);
        mark(days, 1, 0, 3, 4, 5, 8, 9);

        assertThat(newestFirst(ScoreList.scores(new Frequency(2, 3), days))).containsExactly(new double[] {
            0.2557, 0.2226, 0.1991, 0.1746, 0.1379, 0.0995, 0.0706, 0.0515, 0.0315, 0.0107}, within(5e-5));
    }

    // NumericalAtLeastScoreListTest.shouldAchieveComparableScoreToProgress: target 2 a day, 500 days
    // of 1 (completion 1/2), then of 0.5 (completion 1/4).
    @Test
    void partlyDoneDaysConvergeToTheirFraction() {
        double[] half = history(500);
        Arrays.fill(half, 0.5);
        assertThat(last(ScoreList.scores(Frequency.DAILY, half))).isCloseTo(0.5, E);

        double[] quarter = history(500);
        Arrays.fill(quarter, 0.25);
        assertThat(last(ScoreList.scores(Frequency.DAILY, quarter))).isCloseTo(0.25, E);
    }

    // NumericalAtLeastScoreListWithSkipTest.test_getValue: target met each of the last 20 days
    // but days 10 and 15, which were skipped.
    @Test
    void measurableDailyHabitWithSkips() {
        double[] days = history(20);
        Arrays.fill(days, 1);
        mark(days, SKIP, 10, 15);

        assertThat(newestFirst(ScoreList.scores(Frequency.DAILY, days))).containsExactly(new double[] {
            0.617008, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617, 0.443734, 0.413270,
            0.381137, 0.347244, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.192067, 0.147820,
            0.101149, 0.051922}, E);
    }

    // NumericalAtLeastScoreListWithSkipTest.skipsShouldNotAffectScore.
    @Test
    void skippedStretchesAreAsIfTheyNeverExisted() {
        double[] plain = history(500);
        Arrays.fill(plain, 0.5);
        double initial = last(ScoreList.scores(Frequency.DAILY, plain));

        double[] skippedBefore = history(1000);
        Arrays.fill(skippedBefore, SKIP);
        mark(skippedBefore, 0.5, range(0, 500));
        assertThat(last(ScoreList.scores(Frequency.DAILY, skippedBefore))).isCloseTo(initial, E);

        double[] skippedBetween = skippedBefore.clone();
        mark(skippedBetween, SKIP, range(300, 500));
        mark(skippedBetween, 0.5, range(500, 700));
        assertThat(last(ScoreList.scores(Frequency.DAILY, skippedBetween))).isCloseTo(initial, E);
    }

    @Test
    void dailyScheduleIsLoopScoreFoldedOverTheDays() {
        double[] days = {1, 0.4, SKIP, 0, 1, 1, SKIP, SKIP, 0.75, 0, 1};

        double[] scores = ScoreList.scores(new Frequency(3, 3), days);

        double expected = 0;
        for (int day = 0; day < days.length; day++) {
            if (!Double.isNaN(days[day])) {
                expected = LoopScore.compute(1.0, expected, days[day]);
            }
            assertThat(scores[day]).isEqualTo(expected);
        }
    }

    // Derived by hand from Loop's rule (once in 2 days: 2 repetitions in a 4-day window). A skip
    // holds the score, but keeps its place in the window: on the last day the window holds one
    // repetition of two (Loop issue #1695; the fix of pull request #1713 was never merged).
    @Test
    void skipHoldsTheScoreButStillFillsAPlaceInTheWindow() {
        double[] scores = ScoreList.scores(new Frequency(1, 2), new double[] {1, SKIP, SKIP, SKIP, 1});

        assertThat(scores).containsExactly(new double[] {0.018500, 0.018500, 0.018500, 0.018500, 0.036316}, E);
    }

    // Derived by hand: a half-done day counts half a repetition in the doubled window.
    @Test
    void partlyDoneDaysCountAsPartOfARepetition() {
        double[] scores = ScoreList.scores(new Frequency(1, 2), new double[] {0.5, 0.5, 1, 0});

        assertThat(scores).containsExactly(new double[] {0.009250, 0.027408, 0.063394, 0.098049}, E);
    }

    @Test
    void startsFromZero() {
        assertThat(ScoreList.scores(new Frequency(1, 7), new double[] {0, 0, 1}))
                .containsExactly(new double[] {0, 0, LoopScore.compute(1 / 7.0, 0, 0.5)}, within(1e-15));
        assertThat(ScoreList.scores(Frequency.DAILY, new double[0])).isEmpty();
    }

    @Test
    void rejectsACompletionOutsideZeroToOne() {
        assertThatThrownBy(() -> ScoreList.scores(Frequency.DAILY, new double[] {1, 1.5}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreList.scores(Frequency.DAILY, new double[] {-0.1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frequencyIsOneToThreeHundredSixtyFiveRepetitionsInAtMostAYear() {
        assertThat(new Frequency(2, 3).value()).isEqualTo(2 / 3.0);
        assertThat(new Frequency(7, 7)).isEqualTo(Frequency.DAILY);
        assertThat(new Frequency(7, 7).isDaily()).isTrue();
        assertThat(new Frequency(6, 7).isDaily()).isFalse();
        assertThatThrownBy(() -> new Frequency(0, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Frequency(8, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Frequency(1, 366)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A history of {@code length} days with nothing recorded. */
    private static double[] history(int length) {
        return new double[length];
    }

    /** Sets the days that many days before the last one (today) to {@code value}. */
    private static void mark(double[] days, double value, int... daysAgo) {
        for (int ago : daysAgo) {
            days[days.length - 1 - ago] = value;
        }
    }

    private static int[] range(int from, int to) {
        int[] range = new int[to - from];
        Arrays.setAll(range, i -> from + i);
        return range;
    }

    private static double[] newestFirst(double[] scores) {
        double[] reversed = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            reversed[i] = scores[scores.length - 1 - i];
        }
        return reversed;
    }

    private static double last(double[] scores) {
        return scores[scores.length - 1];
    }
}
