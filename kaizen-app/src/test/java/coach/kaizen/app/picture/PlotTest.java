package coach.kaizen.app.picture;

import static coach.kaizen.app.testing.Occurrences.count;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.picture.Point;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlotTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    /** Ten days over the plot's 258 units (300 less 36 and 6 of margin): 25.8 a day. */
    private static final LocalDate TENTH = FIRST.plusDays(9);

    /** A day's x is the middle of its slot; a value's y runs from 120 (low) up to 8 (high). */
    @ParameterizedTest(name = "day {0}, value {1}: {2},{3}")
    @CsvSource({
        "0, 0, 48.9, 120.0",
        "9, 10, 281.1, 8.0",
        "4, 5, 152.1, 64.0",
        "4, 12, 152.1, 8.0",
        "4, -3, 152.1, 120.0"})
    void placesEachPointOnItsDayAndValueHeldWithinTheRange(int day, double value, String x, String y) {
        String svg = Plot.over(FIRST, TENTH, 0, 10).dots("d", List.of(new Point(FIRST.plusDays(day), value))).svg();
        assertThat(svg).contains("cx=\"" + x + "\" cy=\"" + y + "\"");
    }

    @Test
    void aDotABarAndALinePerPointGiven() {
        List<Point> points = List.of(new Point(FIRST, 2), new Point(FIRST.plusDays(7), 4));
        String svg = Plot.over(FIRST, FIRST.plusDays(13), 0, 4).dots("d", points).bars("b", points, 7)
                .line("l", points).svg();
        assertThat(count(svg, "<circle class=\"d\"")).isEqualTo(2);
        assertThat(count(svg, "<rect class=\"b\"")).isEqualTo(2);
        assertThat(count(svg, "<polyline class=\"l\"")).isEqualTo(1);
        // The second bar reaches the top: its height is the whole plot's, 112.
        assertThat(svg).contains("y=\"8.0\" width=\"128.0\" height=\"112.0\"");
    }

    @Test
    void wordsAreEscapedAndTheDrawingLeftToItsCaption() {
        String svg = Plot.over(FIRST, TENTH, 0, 1).valueTick(1, "<100%>").dayTick(FIRST, "Sun & Mon").svg();
        assertThat(svg).startsWith("<svg").contains("aria-hidden=\"true\"").doesNotContain("aria-label")
                .contains("&lt;100%&gt;").contains("Sun &amp; Mon").doesNotContain("<100%>");
    }

    @Test
    void daysNearAnEdgeRunInwards() {
        String svg = Plot.over(FIRST, TENTH, 0, 1).dayTick(FIRST, "first").dayTick(TENTH, "last")
                .dayTick(FIRST.plusDays(5), "middle").svg();
        assertThat(svg).contains("x=\"36.0\" y=\"135.0\" text-anchor=\"start\">first")
                .contains("x=\"294.0\" y=\"135.0\" text-anchor=\"end\">last")
                .contains("text-anchor=\"middle\">middle");
    }

    @Test
    void aLineOfOneDayIsAShortLevelStrokeOnThatDay() {
        String svg = Plot.over(FIRST, TENTH, 0, 10).line("l", List.of(new Point(FIRST.plusDays(4), 5))).svg();
        assertThat(svg).contains("<polyline class=\"l\" fill=\"none\" points=\"148.1,64.0 156.1,64.0\"/>");
    }

    @Test
    void anEmptyLineDrawsNothing() {
        assertThat(Plot.over(FIRST, TENTH, 0, 1).line("l", List.of()).svg()).doesNotContain("polyline");
    }
}
