package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.picture.ResistanceSeries.Resistance;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.step.Schedule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResistanceSeriesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    private static CheckIn on(int day, Outcome outcome, Integer resistance) {
        return new CheckIn(MONDAY.plusDays(day), outcome, null, resistance, null);
    }

    @Test
    void eachResistanceSaidWithTheMeanOfItsWeek() {
        List<CheckIn> said = List.of(on(7, Outcome.DONE, 3), on(0, Outcome.DONE, 2), on(1, Outcome.MISSED, 4),
                on(3, Outcome.DONE, null), on(6, Outcome.DONE, 6), on(14, Outcome.DONE, 9));
        ResistanceSeries series = ResistanceSeries.of(new StepHistory(Days.step(Schedule.DAILY, MONDAY), said));
        List<Resistance> expected = List.of(
                new Resistance(MONDAY, 2, 2), // 2
                new Resistance(MONDAY.plusDays(1), 4, 3), // (2 + 4) / 2
                new Resistance(MONDAY.plusDays(6), 6, 4), // days 0–6: (2 + 4 + 6) / 3; day 3 said none
                new Resistance(MONDAY.plusDays(7), 3, 13 / 3.0), // days 1–7: (4 + 6 + 3) / 3
                new Resistance(MONDAY.plusDays(14), 9, 9)); // days 8–14: 9 alone
        assertThat(series.days()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Resistance day = series.days().get(i);
            assertThat(day.day()).isEqualTo(expected.get(i).day());
            assertThat(day.resistance()).isEqualTo(expected.get(i).resistance());
            assertThat(day.weekMean()).isCloseTo(expected.get(i).weekMean(), within(1e-12));
        }
    }

    @Test
    void noResistanceSaidIsAnEmptyLine() {
        StepHistory history = new StepHistory(Days.step(Schedule.DAILY, MONDAY), List.of(CheckIn.done(MONDAY)));
        assertThat(ResistanceSeries.of(history).days()).isEmpty();
    }
}
