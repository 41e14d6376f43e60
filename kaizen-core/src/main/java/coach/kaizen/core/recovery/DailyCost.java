package coach.kaizen.core.recovery;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import coach.kaizen.core.text.Text;
import java.math.BigDecimal;

/**
 * What one day of the old habit cost, as the person says it: money in their own currency (never
 * converted) and minutes. Either may be left out; with both left out nothing is counted.
 *
 * @param money    0 to {@link #MAX_MONEY}, at most two decimals, or null
 * @param currency the word or sign the person writes beside the money ("€", "dollars"), or null
 * @param minutes  0 to a whole day, or null
 */
public record DailyCost(BigDecimal money, String currency, Integer minutes) {

    /** High enough for a day's spending in any currency (a million rupiah is under 70 euros). */
    public static final BigDecimal MAX_MONEY = new BigDecimal(1_000_000);
    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_CURRENCY = 12;
    private static final int CENTS = 2;

    public DailyCost {
        if (money != null) {
            if (money.signum() < 0 || money.compareTo(MAX_MONEY) > 0 || money.stripTrailingZeros().scale() > CENTS) {
                throw new Refused(Message.of("recovery.problem.money", MAX_MONEY),
                        "moneyPerDay must be from 0 to 1000000, with at most 2 decimals");
            }
            money = money.setScale(CENTS);
        }
        if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
            throw new Refused(Message.of("recovery.problem.minutes", MAX_MINUTES),
                    "minutesPerDay must be from 0 to 1440 (a whole day)");
        }
        currency = Text.optional(currency, "currency", MAX_CURRENCY);
    }

    /** Nothing said: no money and no minutes, so nothing to count. */
    public boolean isEmpty() {
        return money == null && minutes == null;
    }

    public BigDecimal moneyOrZero() {
        return money == null ? BigDecimal.ZERO : money;
    }

    public int minutesOrZero() {
        return minutes == null ? 0 : minutes;
    }
}
