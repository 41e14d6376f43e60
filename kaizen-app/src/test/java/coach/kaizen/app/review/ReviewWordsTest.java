package coach.kaizen.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.picture.Chart;
import coach.kaizen.core.picture.WeekDays;
import java.time.LocalDate;
import java.util.List;
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
        assertThat(spanish.t(SUMMARY, 4, 3, 2))
                .isEqualTo("4 pasos hechos en 3 días, y 2 logros de recuperación, contando los impulsos que pasaron.");
    }

    /** A week with no recovery win draws no wins: someone with no recovery aim never meets the word. */
    @Test
    void aWeekWithoutWinsHasNoWinsColumnAndNothingDoneSaysSoPlainly() {
        Texts english = Catalog.shipped().texts("en");
        LocalDate monday = LocalDate.of(2026, 6, 1);
        WeekDays quiet = new WeekDays(List.of(new WeekDays.Day(monday, 0, 0), new WeekDays.Day(monday.plusDays(1), 0, 0)));
        Chart chart = ReviewPicture.of(quiet, english);
        assertThat(chart.summary()).isEqualTo("No step done on these days.");
        assertThat(chart.columns()).containsExactly("Day", "Steps done");
        assertThat(chart.drawing()).doesNotContain("dot-wins");
        WeekDays withAWin = new WeekDays(List.of(new WeekDays.Day(monday, 1, 1)));
        assertThat(ReviewPicture.of(withAWin, english).columns()).containsExactly("Day", "Steps done", "Recovery wins");
    }
}
