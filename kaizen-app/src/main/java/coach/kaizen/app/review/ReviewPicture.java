package coach.kaizen.app.review;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.picture.Chart;
import coach.kaizen.app.picture.Plot;
import coach.kaizen.core.picture.Point;
import coach.kaizen.core.picture.WeekDays;
import java.time.LocalDate;
import java.util.List;

/** The week day by day as a chart: a bar for the steps done each day, a dot for its recovery wins. */
final class ReviewPicture {

    private ReviewPicture() {
    }

    static Chart of(WeekDays week, Texts texts) {
        List<WeekDays.Day> days = week.days();
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        int top = Math.max(1, days.stream().mapToInt(day -> Math.max(day.stepsDone(), day.wins())).max().orElse(0));
        String summary = texts.t("insights.review.chart.summary", week.stepsDone(), week.daysWithAStep(),
                week.wins());
        String svg = Plot.over(first, last, 0, top).firstAndLast(first, last, texts::shortDay)
                .valueTick(0, "0").valueTick(top, String.valueOf(top))
                .bars("bar-done", days.stream().map(day -> new Point(day.day(), day.stepsDone())).toList(), 1)
                .dots("dot-wins", days.stream().map(day -> new Point(day.day(), day.wins())).toList())
                .svg(summary);
        return new Chart("week", texts.t("insights.review.chart.title"), summary, svg,
                List.of(new Chart.Key("bar-done", texts.t("insights.review.chart.done")),
                        new Chart.Key("dot-wins", texts.t("insights.review.chart.wins"))),
                List.of(texts.t("insights.day"), texts.t("insights.review.chart.done"),
                        texts.t("insights.review.chart.wins")),
                days.stream().map(day -> List.of(texts.shortDay(day.day()), String.valueOf(day.stepsDone()),
                        String.valueOf(day.wins()))).toList());
    }
}
