package coach.kaizen.app.review;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.picture.Chart;
import coach.kaizen.app.picture.Plot;
import coach.kaizen.core.picture.Point;
import coach.kaizen.core.picture.WeekDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The week day by day as a chart: a bar for the steps done each day, and a dot for its recovery wins when
 * the week has any.
 */
final class ReviewPicture {

    private ReviewPicture() {
    }

    /** The week from {@code first} drawn over all its seven days, the days so far (and since the first) in bars. */
    static Chart of(LocalDate first, WeekDays week, Texts texts) {
        List<WeekDays.Day> days = week.days();
        LocalDate last = first.plusDays(6);
        int top = Math.max(1, days.stream().mapToInt(day -> Math.max(day.stepsDone(), day.wins())).max().orElse(0));
        boolean wins = week.wins() > 0;
        String summary = week.stepsDone() == 0 && !wins ? texts.t("insights.review.chart.none")
                : texts.t("insights.review.chart.summary", week.stepsDone(), week.daysWithAStep(), week.wins());
        Plot plot = Plot.over(first, last, 0, top).firstAndLast(first, last, texts::shortDay)
                .valueTick(0, "0").valueTick(top, String.valueOf(top))
                .bars("bar-done", days.stream().map(day -> new Point(day.day(), day.stepsDone())).toList(), 1);
        if (wins) {
            plot = plot.dots("dot-wins", days.stream().map(day -> new Point(day.day(), day.wins())).toList());
        }
        String done = texts.t("insights.review.chart.done");
        List<Chart.Key> keys = new ArrayList<>(List.of(new Chart.Key("bar-done", done)));
        List<String> columns = new ArrayList<>(List.of(texts.t("insights.day"), done));
        if (wins) {
            keys.add(new Chart.Key("dot-wins", texts.t("insights.review.chart.wins")));
            columns.add(texts.t("insights.review.chart.wins"));
        }
        return new Chart("week", texts.t("insights.review.chart.title"), summary, plot.svg(), keys, columns,
                days.stream().map(day -> row(day, wins, texts)).toList());
    }

    private static List<String> row(WeekDays.Day day, boolean wins, Texts texts) {
        List<String> row = new ArrayList<>(List.of(texts.shortDay(day.day()), String.valueOf(day.stepsDone())));
        if (wins) {
            row.add(String.valueOf(day.wins()));
        }
        return row;
    }
}
