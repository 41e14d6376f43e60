package coach.kaizen.core.strength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrengthTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void followsLoopDayByDayWithUnrecordedDaysCountedAsNotDone() {
        // done, done, (nothing), done, missed: Loop reads the quiet day as a zero.
        Strength s = Strength.NONE
                .after(CheckIn.done(DAY), 5)
                .after(CheckIn.done(DAY.plusDays(1)), 5)
                .after(CheckIn.done(DAY.plusDays(3)), 5)
                .after(CheckIn.missed(DAY.plusDays(4)), 5);

        double expected = 0;
        for (double c : new double[] {1, 1, 0, 1, 0}) {
            expected = LoopScore.compute(1.0, expected, c);
        }
        assertThat(s.value()).isCloseTo(expected, within(1e-12));
        assertThat(s.through()).isEqualTo(DAY.plusDays(4));
    }

    @Test
    void aSkippedDayLeavesStrengthAsItWas() {
        Strength before = Strength.NONE.after(CheckIn.done(DAY), 5);
        Strength after = before.after(CheckIn.skipped(DAY.plusDays(1)), 5);
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
            s = s.after(CheckIn.done(DAY.plusDays(i)), 5);
        }
        Strength afterMiss = s.after(CheckIn.missed(DAY.plusDays(30)), 5);
        assertThat(afterMiss.value()).isGreaterThan(0.9 * s.value());
    }

    @Test
    void asOfCarriesTheScoreForwardOverQuietDays() {
        Strength s = Strength.NONE.after(CheckIn.done(DAY), 5);
        Strength later = s.asOf(DAY.plusDays(13));
        assertThat(later.value()).isCloseTo(s.value() * 0.5, within(1e-12));
        assertThat(s.asOf(DAY.minusDays(3))).isEqualTo(s);
    }

    @Test
    void anEarlierDayCannotBeAppended() {
        Strength s = Strength.NONE.after(CheckIn.done(DAY), 5);
        assertThatThrownBy(() -> s.after(CheckIn.done(DAY), 5)).hasMessageContaining("replay");
    }

    @Test
    void remembersTheDayBeforeSoTodaysChangeCanBeShown() {
        Strength yesterday = Strength.NONE.after(CheckIn.done(DAY), 5);
        Strength today = yesterday.after(CheckIn.done(DAY.plusDays(1)), 5);
        assertThat(today.dayBefore()).isEqualTo(yesterday.value());
        assertThat(today.value()).isGreaterThan(today.dayBefore());

        Strength afterQuietDays = yesterday.asOf(DAY.plusDays(3));
        assertThat(afterQuietDays.dayBefore()).isEqualTo(yesterday.asOf(DAY.plusDays(2)).value());
    }
}
