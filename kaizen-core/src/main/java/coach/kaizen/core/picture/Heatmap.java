package coach.kaizen.core.picture;

import coach.kaizen.core.engine.Action;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A step's days on a calendar, month by month, each week a row starting on the person's week start. */
public record Heatmap(DayOfWeek weekStart, List<Month> months) {

    private static final int WEEK = 7;

    public Heatmap {
        months = List.copyOf(months);
    }

    public record Month(YearMonth month, List<Week> weeks) {
        public Month {
            weeks = List.copyOf(weeks);
        }
    }

    /** The month's days in one calendar row: the first and last rows may hold fewer than seven. */
    public record Week(List<Cell> days) {
        public Week {
            days = List.copyOf(days);
        }
    }

    /** @param column 0 to 6, counted from the week start */
    public record Cell(LocalDate day, int column, DayMark mark) {
    }

    /** The months {@code from} to {@code to}, both included, as they stand on {@code today}. */
    public static Heatmap of(Replay replay, YearMonth from, YearMonth to, LocalDate today, DayOfWeek weekStart) {
        Map<LocalDate, Replay.Day> said = new HashMap<>();
        replay.days().forEach(day -> said.put(day.checkIn().day(), day));
        List<Month> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month(month, weekStart, day -> mark(replay, said.get(day), day, today)));
        }
        return new Heatmap(weekStart, months);
    }

    private static Month month(YearMonth month, DayOfWeek weekStart, Function<LocalDate, DayMark> marks) {
        List<Week> weeks = new ArrayList<>();
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(weekStart));
        for (LocalDate row = first; !row.isAfter(month.atEndOfMonth()); row = row.plusDays(WEEK)) {
            List<Cell> cells = new ArrayList<>();
            for (int column = 0; column < WEEK; column++) {
                LocalDate day = row.plusDays(column);
                if (YearMonth.from(day).equals(month)) {
                    cells.add(new Cell(day, column, marks.apply(day)));
                }
            }
            weeks.add(new Week(cells));
        }
        return new Month(month, weeks);
    }

    /**
     * Done at no more than the floor on a day that asked more, or on a hard day that asked the floor:
     * the smallest version. A day whose own size was the floor (one glass of water) is done in full.
     */
    private static boolean atSmallestVersion(Replay.Day said, double floor) {
        boolean moreWasAsked = said.asked().action() == Action.FLOOR || said.asked().size() > floor;
        return moreWasAsked && said.sizeDone() <= floor;
    }

    private static DayMark mark(Replay replay, Replay.Day said, LocalDate day, LocalDate today) {
        if (said != null) {
            return switch (said.checkIn().outcome()) {
                case DONE -> atSmallestVersion(said, replay.step().sizing().floor()) ? DayMark.FLOOR : DayMark.DONE;
                case MISSED -> DayMark.MISSED;
                case SKIPPED -> DayMark.SKIPPED;
                case SLIP -> DayMark.SLIP;
            };
        }
        if (!day.isBefore(today)) {
            return DayMark.FUTURE;
        }
        if (day.isBefore(replay.step().startDay())) {
            return DayMark.BEFORE_START;
        }
        return isDue(replay.step(), day) ? DayMark.UNSAID : DayMark.NOT_DUE;
    }

    /** A times-in-days step has no particular day to miss, so its quiet days are not due. */
    private static boolean isDue(Step step, LocalDate day) {
        return !(step.schedule() instanceof Schedule.TimesInDays)
                && step.schedule().isDue(day);
    }
}
