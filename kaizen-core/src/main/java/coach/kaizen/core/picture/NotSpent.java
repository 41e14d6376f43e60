package coach.kaizen.core.picture;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The money and minutes a recovery aim kept in the person's hands, from what they say one day
 * of the old habit cost: over the current run, and over every day since the counter's start
 * less the days of slips.
 */
public record NotSpent(Amount currentRun, Amount inAll) {

    /** @param days the days counted, each worth the amounts a day */
    public record Amount(int days, BigDecimal money, long minutes) {

        static Amount of(int days, BigDecimal moneyPerDay, int minutesPerDay) {
            return new Amount(days, moneyPerDay.multiply(BigDecimal.valueOf(days)), (long) minutesPerDay * days);
        }
    }

    /**
     * The current run counts as the counter does. In all, a day counts once it is over, as the
     * counter's days do, so a slip today is taken off from tomorrow.
     */
    public static NotSpent of(RecoveryRuns runs, BigDecimal moneyPerDay, int minutesPerDay) {
        if (moneyPerDay.signum() < 0 || minutesPerDay < 0) {
            throw new IllegalArgumentException("a day's money and minutes are 0 or more");
        }
        LocalDate today = runs.current().to();
        long slipsOver = runs.slipDays().stream().filter(day -> day.isBefore(today)).count();
        return new NotSpent(Amount.of(runs.current().days(), moneyPerDay, minutesPerDay),
                Amount.of(runs.totalDays() - (int) slipsOver, moneyPerDay, minutesPerDay));
    }
}
