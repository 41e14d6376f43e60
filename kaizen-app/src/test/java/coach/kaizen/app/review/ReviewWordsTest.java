package coach.kaizen.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.picture.Chart;
import coach.kaizen.core.picture.WeekDays;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The week's chart in words: recovery wins named only when there were some. */
class ReviewWordsTest {

    private static final String SUMMARY = "insights.review.chart.summary";

    @Test
    void aWeekWithoutRecoveryWinsDoesNotCountNoneOfThem() {
        Texts english = Catalog.shipped().texts("en");
        assertThat(english.t(SUMMARY, 3, 2, 0)).isEqualTo("3 steps done on 2 days.");
        assertThat(english.t(SUMMARY, 1, 1, 1))
                .isEqualTo("1 step done on 1 day, and 1 recovery win, counting urges that passed.");
        Texts spanish = Catalog.shipped().texts("es");
        assertThat(spanish.t(SUMMARY, 3, 2, 0)).isEqualTo("3 pasos hechos en 2 días.");
        String sinceFirst = "insights.review.wentWell.daysSinceFirst";
        assertThat(english.t(sinceFirst, 1, 2, 1)).isEqualTo("You showed up on your first day here, with 2 steps done.");
        assertThat(english.t(sinceFirst, 2, 3, 5)).isEqualTo("You showed up on 2 days of the 5 since you began, with 3 steps done.");
        assertThat(spanish.t(sinceFirst, 1, 1, 1)).isEqualTo("Te presentaste en tu primer día aquí, con 1 paso hecho.");
        assertThat(spanish.t(SUMMARY, 4, 3, 2))
                .isEqualTo("4 pasos hechos en 3 días, y 2 logros de recuperación, contando los impulsos que pasaron.");
    }

    /** A step that went down says so without saying who chose it: the coach's proposal or the person's own choice. */
    @Test
    void aSmallerStepIsNotPutDownToTheCoach() {
        String smaller = "insights.review.step.SMALLER";
        assertThat(Catalog.shipped().texts("en").t(smaller, "Stretch", 3, 5, "2.5 minutes", "1.5 minutes"))
                .isEqualTo("“Stretch”: done on 3 of 5 days; it went down from 2.5 minutes to 1.5 minutes, so it "
                        + "stays easy to start.");
        assertThat(Catalog.shipped().texts("es").t(smaller, "Estirar", 3, 5, "2,5 minutos", "1,5 minutos"))
                .isEqualTo("«Estirar»: hecho 3 de 5 días; bajó de 2,5 minutos a 1,5 minutos, para que siga siendo "
                        + "fácil empezar.");
    }

    /** A week with no recovery win draws no wins: someone with no recovery aim never meets the word. */
    @Test
    void aWeekWithoutWinsHasNoWinsColumnAndNothingDoneSaysSoPlainly() {
        Texts english = Catalog.shipped().texts("en");
        LocalDate monday = LocalDate.of(2026, 6, 1);
        WeekDays quiet = new WeekDays(List.of(new WeekDays.Day(monday, 0, 0), new WeekDays.Day(monday.plusDays(1), 0, 0)));
        Chart chart = ReviewPicture.of(monday, quiet, english);
        assertThat(chart.summary()).isEqualTo("No step done on these days.");
        assertThat(chart.columns()).containsExactly("Day", "Steps done");
        assertThat(chart.drawing()).doesNotContain("dot-wins");
        WeekDays withAWin = new WeekDays(List.of(new WeekDays.Day(monday, 1, 1)));
        assertThat(ReviewPicture.of(monday, withAWin, english).columns()).containsExactly("Day", "Steps done", "Recovery wins");
    }

    /** A week's first day is drawn as one day of seven, not as a bar across the whole chart. */
    @Test
    void aWeeksFirstDayIsOneSeventhOfItsChart() {
        Texts english = Catalog.shipped().texts("en");
        LocalDate monday = LocalDate.of(2026, 6, 1);
        String drawing = ReviewPicture.of(monday, new WeekDays(List.of(new WeekDays.Day(monday, 2, 0))), english).drawing();
        Matcher bar = Pattern.compile("class=\"bar-done\"[^>]*width=\"([0-9.]+)\"").matcher(drawing);
        assertThat(bar.find()).as(drawing).isTrue();
        Matcher chart = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ").matcher(drawing);
        assertThat(chart.find()).as(drawing).isTrue();
        assertThat(Double.parseDouble(bar.group(1))).isLessThan(Double.parseDouble(chart.group(1)) / 7);
        assertThat(drawing).as("the week's last day named at its end").contains(english.shortDay(monday.plusDays(6)));
    }
}
