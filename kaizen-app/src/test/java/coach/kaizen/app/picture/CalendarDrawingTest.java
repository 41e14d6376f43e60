package coach.kaizen.app.picture;

import static coach.kaizen.app.testing.Occurrences.count;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.picture.Heatmap;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarDrawingTest {

    /** A Sunday. */
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /**
     * November 2026 begins on a Sunday: six rows from Monday, five from Sunday; a row is 14 high under
     * the month's name (14) and the weekday letters (12), which follow the week start and the language.
     */
    @ParameterizedTest(name = "weeks from {0} in {1}: {2} high, {3}")
    @CsvSource({"MONDAY, en, 110.0, MTWTFSS", "SUNDAY, es, 96.0, DLMXJVS"})
    void aSquareADayInRowsFromThePersonsWeekStart(DayOfWeek weekStart, String language, String height,
            String weekdays) {
        Step step = new Step(1, 1, "Walk", new Sizing(5, "minutes", 1, 2, null), null, Schedule.DAILY, FIRST);
        List<CheckIn> said = List.of(CheckIn.done(FIRST), CheckIn.done(FIRST.plusDays(1)),
                new CheckIn(FIRST.plusDays(2), Outcome.MISSED, null, null, null),
                new CheckIn(FIRST.plusDays(3), Outcome.SKIPPED, null, null, null));
        Heatmap heatmap = Heatmap.of(StepProgress.replayDays(Engine.standard(), step, said, List.of(), Map.of()),
                NOVEMBER, NOVEMBER, FIRST.plusDays(9), weekStart);

        String drawing = CalendarDrawing.draw(heatmap, month -> "November <2026>",
                month -> "November: " + month.weeks().size() + " weeks", day -> day.toString(),
                mark -> mark.name().toLowerCase(), Locale.forLanguageTag(language));

        assertThat(count(drawing, "<rect ")).isEqualTo(30);
        assertThat(count(drawing, "class=\"mark-done\"")).isEqualTo(2);
        assertThat(count(drawing, "class=\"mark-missed\"")).isEqualTo(1);
        assertThat(count(drawing, "class=\"mark-skipped\"")).isEqualTo(1);
        assertThat(count(drawing, "class=\"mark-unsaid\"")).as("the 5th to the 9th").isEqualTo(5);
        assertThat(count(drawing, "class=\"mark-future\"")).as("today and after").isEqualTo(21);
        assertThat(drawing).contains("<title>2026-11-01: done</title>")
                .contains("viewBox=\"0 0 98.0 " + height + "\"")
                .contains(">November &lt;2026&gt;</text><g aria-hidden=\"true\">")
                .contains("</g>")
                .contains("aria-label=\"November: " + heatmap.months().get(0).weeks().size() + " weeks\"")
                .startsWith("<div class=\"months\"><svg ");
        assertThat(Pattern.compile("class=\"tick weekday\"[^>]*>([^<]*)</text>").matcher(drawing).results()
                .map(letter -> letter.group(1)).collect(Collectors.joining())).isEqualTo(weekdays);
    }
}
