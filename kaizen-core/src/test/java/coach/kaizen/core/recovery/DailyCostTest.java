package coach.kaizen.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.text.Refused;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyCostTest {

    @ParameterizedTest(name = "{0} {1}, {2} minutes")
    @CsvSource(delimiter = '|', value = {
        "4.5     | €        | 30   | 4.50    | €       | 30   | false",
        "0       |          | 0    | 0.00    |         | 0    | false",
        "1000000 | rupiah   |      | 1000000.00 | rupiah |    | false",
        "        |          | 1440 |         |         | 1440 | false",
        "12.30   | ' $ '    |      | 12.30   | $       |      | false",
        "        | dollars  |      |         | dollars |      | true",
        "        |          |      |         |         |      | true",
    })
    void whatADayCostIsKeptToTheCent(BigDecimal money, String currency, Integer minutes, BigDecimal kept,
            String keptCurrency, Integer keptMinutes, boolean empty) {
        DailyCost cost = new DailyCost(money, currency, minutes);
        assertThat(cost.money()).isEqualTo(kept);
        assertThat(cost.currency()).isEqualTo(keptCurrency);
        assertThat(cost.minutes()).isEqualTo(keptMinutes);
        assertThat(cost.isEmpty()).isEqualTo(empty);
    }

    @ParameterizedTest(name = "{0} {1}, {2} minutes")
    @CsvSource(delimiter = '|', value = {
        "-0.01      |                | | recovery.problem.money",
        "1000000.01 |                | | recovery.problem.money",
        "4.505      |                | | recovery.problem.money",
        "           |                | -1 | recovery.problem.minutes",
        "           |                | 1441 | recovery.problem.minutes",
        "4          | Turkish liras! | | problem.tooLong",
    })
    void outOfRangeIsRefusedWithItsReason(BigDecimal money, String currency, Integer minutes, String key) {
        assertThatThrownBy(() -> new DailyCost(money, currency, minutes)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.said().key()).isEqualTo(key));
    }
}
