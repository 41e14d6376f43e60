package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeSeriesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    /** 1.01^365 = 37.7834: the start times that, rounded to the nearest quantum, with no ceiling. */
    @ParameterizedTest(name = "{0} by {1}: {4}")
    @CsvSource({
        // 2 · 37.7834 = 75.57: to the nearest minute, 76.
        "2,   1,   1,   ,   76",
        "5,   1,   1,   ,   189",
        // 2.5 · 37.7834 = 94.46, to the nearest half: 94.5.
        "2.5, 0.5, 0.5, ,   94.5",
        // 10 · 37.7834 = 377.83: the curve is no proposal, so the ceiling of 20 does not hold it.
        "10,  1,   1,   20, 378",
    })
    void aYearOfOnePercentADayFromTheStart(double start, double quantum, double floor, Double ceiling,
            double yearOn) {
        Step step = new Step(1, 1, "Walk", new Sizing(start, "minutes", quantum, floor, ceiling), null,
                Schedule.DAILY, MONDAY);
        SizeSeries series = SizeSeries.of(Days.replay(step, ""), MONDAY);
        assertThat(series.compounding()).isEqualTo(new SizeSeries.Compounding(start, yearOn, start));
    }

    @Test
    void theCurveGrowsOnePercentADayFromTheStartSize() {
        SizeSeries series = SizeSeries.of(Days.replay(Days.step(Schedule.DAILY, MONDAY), ""), MONDAY.plusDays(2));
        // 5, 5 · 1.01, 5 · 1.01².
        assertThat(series.curve()).extracting(Point::day).containsExactly(MONDAY, MONDAY.plusDays(1),
                MONDAY.plusDays(2));
        assertThat(series.curve()).extracting(Point::value).satisfiesExactly(
                size -> assertThat(size).isCloseTo(5, within(1e-12)),
                size -> assertThat(size).isCloseTo(5.05, within(1e-12)),
                size -> assertThat(size).isCloseTo(5.1005, within(1e-12)));
    }

    @Test
    void aStepStartedTodayIsAtItsStart() {
        SizeSeries series = SizeSeries.of(Days.replay(Days.step(Schedule.DAILY, MONDAY), ""), MONDAY);
        assertThat(series.days()).isEmpty();
        assertThat(series.curve()).containsExactly(new Point(MONDAY, 5.0));
        assertThat(series.compounding().today()).isEqualTo(5.0);
    }

    @Test
    void eachCheckInHasTheSizeAskedAndTheSizeDone() {
        Replay replay = Days.replay(Days.step(Schedule.DAILY, MONDAY), "DHM.S");
        // A hard day asks the floor (2) and, done, leaves the step at 5; after the miss it asks 2 again.
        assertThat(SizeSeries.of(replay, MONDAY.plusDays(5)).days()).containsExactly(
                new SizeSeries.Size(MONDAY, 5, 5.0), new SizeSeries.Size(MONDAY.plusDays(1), 2, 2.0),
                new SizeSeries.Size(MONDAY.plusDays(2), 5, null), new SizeSeries.Size(MONDAY.plusDays(4), 2, null));
        assertThat(SizeSeries.of(replay, MONDAY.plusDays(1)).days()).hasSize(2);
    }

    @Test
    void todaysSizeIsWhereTheStepHasGrownTo() {
        Step step = new Step(1, 1, "Walk", new Sizing(2, "minutes", 1, 1, null), null, Schedule.DAILY, MONDAY);
        // Each day done raises what the engine believes the person can do: 2 minutes for the first week,
        // then 3 (shown to the minute).
        Replay replay = Days.replay(step, "DDDDDDD DDDDDD");
        SizeSeries series = SizeSeries.of(replay, MONDAY.plusDays(12));
        assertThat(series.days()).extracting(SizeSeries.Size::asked)
                .containsExactly(2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0);
        assertThat(series.compounding()).isEqualTo(new SizeSeries.Compounding(2, 76, 3));
    }

    @Test
    void aLadderHasNoCurve() {
        Step step = new Step(1, 1, "Tidy", Sizing.ladder(List.of("a shelf", "a room"), 1), null, Schedule.DAILY,
                MONDAY);
        SizeSeries series = SizeSeries.of(Days.replay(step, "D"), MONDAY);
        assertThat(series.days()).containsExactly(new SizeSeries.Size(MONDAY, 1, 1.0));
        assertThat(series.curve()).isEmpty();
        assertThat(series.compounding()).isNull();
    }
}
