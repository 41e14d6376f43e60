package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeatmapTest {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final Map<DayMark, Character> LETTERS = Map.of(DayMark.DONE, 'D', DayMark.FLOOR, 'F',
            DayMark.MISSED, 'M', DayMark.SKIPPED, 'S', DayMark.SLIP, 'L', DayMark.NOT_DUE, '-', DayMark.UNSAID, '?',
            DayMark.FUTURE, '+', DayMark.BEFORE_START, '_');

    /**
     * June 2026 begins on a Monday. Each row of the expected month is a calendar week: D done,
     * F the floor, M missed, S skipped, L a slip, _ before the step began, - not due, ? unsaid, + still
     * to come, and a
     * space where the week holds a day of another month.
     */
    static Stream<Arguments> months() {
        return Stream.of(
                Arguments.of("daily", 2, "DHMSL", 9, DayOfWeek.MONDAY,
                        List.of("_DFMSL?", "?++++++", "+++++++", "+++++++", "++     ")),
                Arguments.of("daily", 2, "DHMSL", 9, DayOfWeek.SUNDAY,
                        List.of(" _DFMSL", "??+++++", "+++++++", "+++++++", "+++    ")),
                // Started today: nothing is unsaid yet.
                Arguments.of("daily", 10, "", 10, DayOfWeek.MONDAY,
                        List.of("_______", "__+++++", "+++++++", "+++++++", "++     ")),
                // After the miss the step's size is its floor: done at it, the next Monday is done in full.
                Arguments.of("mon,thu", 1, "D..M...D", 15, DayOfWeek.MONDAY,
                        List.of("D--M---", "D--?---", "+++++++", "+++++++", "++     ")),
                // Three times in seven days: no quiet day is one to miss.
                Arguments.of("3/7", 1, "D..D", 9, DayOfWeek.MONDAY,
                        List.of("D--D---", "-++++++", "+++++++", "+++++++", "++     ")));
    }

    @ParameterizedTest(name = "{0} from June {1}, {2}, week from {4}")
    @MethodSource("months")
    void marksEachDayOfTheMonthInWeekRows(String schedule, int start, String days, int today, DayOfWeek weekStart,
            List<String> expected) {
        Replay replay = Days.replay(Days.step(Schedule.parse(schedule), JUNE.atDay(start)), days);
        Heatmap heatmap = Heatmap.of(replay, JUNE, JUNE, JUNE.atDay(today), weekStart);
        assertThat(heatmap.months()).singleElement().satisfies(month -> {
            assertThat(month.month()).isEqualTo(JUNE);
            assertThat(rows(month)).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void doneWithNoMoreThanTheFloorIsTheFloor() {
        Step step = Days.step(Schedule.DAILY, JUNE.atDay(1));
        List<CheckIn> said = List.of(new CheckIn(JUNE.atDay(1), Outcome.DONE, 2.0, null, null),
                new CheckIn(JUNE.atDay(2), Outcome.DONE, 3.0, null, null));
        Replay replay = StepProgress.replayDays(Engine.standard(), step, said, List.of(), Map.of());
        Heatmap heatmap = Heatmap.of(replay, JUNE, JUNE, JUNE.atDay(3), DayOfWeek.MONDAY);
        assertThat(rows(heatmap.months().get(0)).get(0)).isEqualTo("FD+++++");
    }

    /** One glass of water, its own smallest version: done is done, not "the smallest version". */
    @Test
    void aStepThatBeginsAtItsFloorIsDoneInFull() {
        Step step = new Step(1, 1, "Water", new Sizing(1, "glasses", 1, 1, null), null, Schedule.DAILY, JUNE.atDay(1));
        List<CheckIn> said = List.of(CheckIn.done(JUNE.atDay(1)), new CheckIn(JUNE.atDay(2), Outcome.DONE, 1.0, null, null),
                new CheckIn(JUNE.atDay(3), Outcome.DONE, 3.0, null, null));
        Replay replay = StepProgress.replayDays(Engine.standard(), step, said, List.of(), Map.of());
        Heatmap heatmap = Heatmap.of(replay, JUNE, JUNE, JUNE.atDay(4), DayOfWeek.MONDAY);
        assertThat(rows(heatmap.months().get(0)).get(0)).isEqualTo("DDD++++");
    }

    @Test
    void monthsRunFromTheFirstToTheLast() {
        Replay replay = Days.replay(Days.step(Schedule.DAILY, JUNE.atDay(1)), "D");
        Heatmap heatmap = Heatmap.of(replay, JUNE.minusMonths(1), JUNE.plusMonths(1), JUNE.atDay(2), DayOfWeek.MONDAY);
        assertThat(heatmap.months()).extracting(Heatmap.Month::month)
                .containsExactly(JUNE.minusMonths(1), JUNE, JUNE.plusMonths(1));
        // May 2026 begins on a Friday: 3 + 7 · 4 days in five rows, all before the step began.
        assertThat(rows(heatmap.months().get(0))).containsExactly("    ___", "_______", "_______", "_______",
                "_______");
    }

    private static List<String> rows(Heatmap.Month month) {
        return month.weeks().stream().map(week -> {
            char[] row = new char[7];
            Arrays.fill(row, ' ');
            week.days().forEach(cell -> row[cell.column()] = LETTERS.get(cell.mark()));
            return new String(row);
        }).toList();
    }
}
