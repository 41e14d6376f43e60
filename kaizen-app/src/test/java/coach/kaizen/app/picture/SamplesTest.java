package coach.kaizen.app.picture;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.picture.Point;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamplesTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

    @ParameterizedTest(name = "{0} days: rows on days {1}")
    @CsvSource(delimiter = ';', value = {
        "0;''",
        "1;0",
        "7;6",
        "8;0 7",
        "15;0 7 14",
        "20;5 12 19"})
    void aRowAWeekEndingOnTheLatestDay(int days, String expected) {
        List<Point> series = IntStream.range(0, days).mapToObj(i -> new Point(FIRST.plusDays(i), i)).toList();
        List<Integer> rows = Samples.weekly(series).stream().map(point -> (int) point.value()).toList();
        List<Integer> wanted = expected.isEmpty() ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertThat(rows).isEqualTo(wanted);
    }
}
