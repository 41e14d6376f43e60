package coach.kaizen.core.strength;

import static coach.kaizen.core.step.Schedule.DAILY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Schedule;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StrengthTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void followsLoopDayByDayWithUnrecordedDaysCountedAsNotDone() {
        // done, done, (nothing), done, missed: Loop reads the quiet day as a zero.
        Strength s = Strength.NONE
                .after(CheckIn.done(DAY), 5, DAILY)
                .after(CheckIn.done(DAY.plusDays(1)), 5, DAILY)
                .after(CheckIn.done(DAY.plusDays(3)), 5, DAILY)
                .after(CheckIn.missed(DAY.plusDays(4)), 5, DAILY);

        double expected = 0;
        for (double c : new double[] {1, 1, 0, 1, 0}) {
            expected = LoopScore.compute(1.0, expected, c);
        }
        assertThat(s.value()).isCloseTo(expected, within(1e-12));
        assertThat(s.through()).isEqualTo(DAY.plusDays(4));
    }

    @Test
    void aSkippedDayLeavesStrengthAsItWas() {
        Strength before = Strength.NONE.after(CheckIn.done(DAY), 5, DAILY);
        Strength after = before.after(CheckIn.skipped(DAY.plusDays(1)), 5, DAILY);
        assertThat(after.value()).isEqualTo(before.value());
        assertThat(after.through()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void aSmallerAmountCountsInProportionAndOverdoingCountsOnce() {
        CheckIn half = new CheckIn(DAY, Outcome.DONE, 2.5, 2, null);
        CheckIn triple = new CheckIn(DAY, Outcome.DONE, 15.0, 2, null);
        assertThat(Strength.completion(half, 5)).isEqualTo(0.5);
        assertThat(Strength.completion(triple, 5)).isEqualTo(1.0);
    }

    @Test
    void aSingleMissAfterAGoodMonthKeepsMostOfTheStrength() {
        Strength s = Strength.NONE;
        for (int i = 0; i < 30; i++) {
            s = s.after(CheckIn.done(DAY.plusDays(i)), 5, DAILY);
        }
        Strength afterMiss = s.after(CheckIn.missed(DAY.plusDays(30)), 5, DAILY);
        assertThat(afterMiss.value()).isGreaterThan(0.9 * s.value());
    }

    @Test
    void asOfCarriesTheScoreForwardOverQuietDays() {
        Strength s = Strength.NONE.after(CheckIn.done(DAY), 5, DAILY);
        Strength later = s.asOf(DAY.plusDays(13), DAILY);
        assertThat(later.value()).isCloseTo(s.value() * 0.5, within(1e-12));
        assertThat(s.asOf(DAY.minusDays(3), DAILY)).isEqualTo(s);
    }

    @Test
    void anEarlierDayCannotBeAppended() {
        Strength s = Strength.NONE.after(CheckIn.done(DAY), 5, DAILY);
        assertThatThrownBy(() -> s.after(CheckIn.done(DAY), 5, DAILY)).hasMessageContaining("replay");
    }

    @Test
    void remembersTheDayBeforeSoTodaysChangeCanBeShown() {
        Strength yesterday = Strength.NONE.after(CheckIn.done(DAY), 5, DAILY);
        Strength today = yesterday.after(CheckIn.done(DAY.plusDays(1)), 5, DAILY);
        assertThat(today.dayBefore()).isEqualTo(yesterday.value());
        assertThat(today.value()).isGreaterThan(today.dayBefore());

        Strength afterQuietDays = yesterday.asOf(DAY.plusDays(3), DAILY);
        assertThat(afterQuietDays.dayBefore()).isEqualTo(yesterday.asOf(DAY.plusDays(2), DAILY).value());
    }

    @Test
    void aScheduleOfTimesInDaysReadsLikeLoopsScoreListDayByDay() {
        SplittableRandom random = new SplittableRandom(7);
        for (Schedule.TimesInDays schedule : List.of(new Schedule.TimesInDays(3, 7),
                new Schedule.TimesInDays(2, 3), new Schedule.TimesInDays(1, 2), new Schedule.TimesInDays(10, 31))) {
            double[] days = new double[400];
            Strength strength = Strength.NONE;
            for (int i = 0; i < days.length; i++) {
                double draw = random.nextDouble();
                LocalDate day = DAY.plusDays(i);
                // The first day is always checked in: strength starts where the history starts.
                if (i == 0 || draw < 0.45) {
                    days[i] = 1;
                    strength = strength.after(CheckIn.done(day), 5, schedule);
                } else if (draw < 0.5) {
                    days[i] = ScoreList.SKIP;
                    strength = strength.after(CheckIn.skipped(day), 5, schedule);
                } else {
                    strength = strength.asOf(day, schedule);
                }
                double loop = ScoreList.scores(new Frequency(schedule.times(), schedule.days()),
                        Arrays.copyOf(days, i + 1))[i];
                assertThat(strength.value()).as("%s on day %d", schedule.code(), i).isCloseTo(loop, within(1e-12));
            }
        }
    }

    @Test
    void onChosenWeekdaysTheDaysOffHoldTheStrength() {
        Schedule mondaysAndThursdays = Schedule.parse("mon,thu");
        LocalDate monday = LocalDate.of(2026, 11, 23);
        Strength afterMonday = Strength.NONE.after(CheckIn.done(monday), 5, mondaysAndThursdays);

        Strength wednesday = afterMonday.asOf(monday.plusDays(2), mondaysAndThursdays);
        assertThat(wednesday.value()).isEqualTo(afterMonday.value());
        assertThat(wednesday.through()).isEqualTo(monday.plusDays(2));
        Strength thursday = afterMonday.asOf(monday.plusDays(3), mondaysAndThursdays);
        assertThat(thursday.value()).as("Thursday, due and not done").isLessThan(afterMonday.value());
        assertThat(thursday.value()).isEqualTo(afterMonday.asOf(monday.plusDays(1), DAILY).value());
    }

    @Test
    void countsTheDaysDoneBetweenTwoDaysAsItsWindowRemembersThem() {
        LocalDate first = LocalDate.of(2026, 3, 1);
        Schedule weekly = new Schedule.TimesInDays(3, 7);
        Strength strength = Strength.NONE;
        // Done on the 1st, 2nd and 5th; a miss on the 3rd, a skip on the 4th, a part done on the 6th.
        strength = strength.after(CheckIn.done(first), 1, weekly);
        strength = strength.after(CheckIn.done(first.plusDays(1)), 1, weekly);
        strength = strength.after(CheckIn.missed(first.plusDays(2)), 1, weekly);
        strength = strength.after(CheckIn.skipped(first.plusDays(3)), 1, weekly);
        strength = strength.after(CheckIn.done(first.plusDays(4)), 1, weekly);
        strength = strength.after(new CheckIn(first.plusDays(5), Outcome.DONE, 0.5, null, null), 1, weekly);

        assertThat(strength.doneBetween(first, first.plusDays(5))).isEqualTo(4);
        assertThat(strength.doneBetween(first.plusDays(1), first.plusDays(4))).isEqualTo(2);
        assertThat(strength.doneBetween(first.plusDays(2), first.plusDays(3))).isZero();
        assertThat(strength.doneBetween(first.minusDays(3), first)).isEqualTo(1);
        assertThat(strength.doneBetween(first.plusDays(4), first.plusDays(9))).as("days after it: not done").isEqualTo(2);
        assertThat(strength.doneBetween(first.plusDays(6), first.plusDays(9))).isZero();
        assertThat(strength.doneBetween(first.plusDays(1), first)).isZero();
        assertThat(Strength.NONE.doneBetween(first, first.plusDays(5))).isZero();
        Strength sixDays = strength;
        assertThatThrownBy(() -> sixDays.doneBetween(first.minusDays(70), first))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
