package coach.kaizen.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import org.junit.jupiter.api.Test;

/** The week's chart in words: recovery wins named only when there were some. */
class ReviewWordsTest {

    private static final String SUMMARY = "insights.review.chart.summary";

    @Test
    void aWeekWithoutRecoveryWinsDoesNotCountNoneOfThem() {
        Texts english = Catalog.shipped().texts("en");
        assertThat(english.t(SUMMARY, 3, 2, 0)).isEqualTo("3 steps done over 2 days.");
        assertThat(english.t(SUMMARY, 1, 1, 1))
                .isEqualTo("1 step done over 1 day, and 1 recovery win, counting urges that passed.");
        Texts spanish = Catalog.shipped().texts("es");
        assertThat(spanish.t(SUMMARY, 3, 2, 0)).isEqualTo("3 pasos hechos en 2 días.");
        assertThat(spanish.t(SUMMARY, 4, 3, 2))
                .isEqualTo("4 pasos hechos en 3 días, y 2 logros de recuperación, contando los impulsos que pasaron.");
    }
}
