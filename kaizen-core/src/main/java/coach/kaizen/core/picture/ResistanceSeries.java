package coach.kaizen.core.picture;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.progress.StepHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** How hard a step felt to start, day by day, with the week's mean beside each day to show the trend. */
public record ResistanceSeries(List<Resistance> days) {

    /** The days a mean looks back over, the day itself included. */
    public static final int WEEK = 7;

    public ResistanceSeries {
        days = List.copyOf(days);
    }

    /** @param weekMean the mean resistance said on this day and the six before it */
    public record Resistance(LocalDate day, int resistance, double weekMean) {
    }

    /** Each check-in that says a resistance, oldest first. */
    public static ResistanceSeries of(StepHistory history) {
        return new ResistanceSeries(history.checkIns().stream().filter(checkIn -> checkIn.resistance() != null)
                .map(checkIn -> new Resistance(checkIn.day(), checkIn.resistance(), weekMean(history, checkIn.day())))
                .toList());
    }

    private static double weekMean(StepHistory history, LocalDate day) {
        return history.between(day.minusDays(WEEK - 1L), day).map(CheckIn::resistance).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).average().orElseThrow();
    }
}
