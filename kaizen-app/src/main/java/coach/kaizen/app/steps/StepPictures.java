package coach.kaizen.app.steps;

import coach.kaizen.app.http.Show;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.picture.CalendarDrawing;
import coach.kaizen.app.picture.Chart;
import coach.kaizen.app.picture.Plot;
import coach.kaizen.app.picture.Samples;
import coach.kaizen.core.picture.DayMark;
import coach.kaizen.core.picture.Heatmap;
import coach.kaizen.core.picture.Point;
import coach.kaizen.core.picture.ResistanceSeries;
import coach.kaizen.core.picture.SizeSeries;
import coach.kaizen.core.picture.StrengthSeries;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.step.Sizing;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A step's pictures of progress, in the page's language: its strength over time, its days by
 * month, its size beside 1% a day, and how hard it felt to start.
 *
 * @param size     today's size, as the step says it ("7 minutes")
 * @param at       today's size as a number: on a ladder, the rung's (1 for the first)
 * @param strength today's strength, 0 to 1
 * @param charts   none before the first check-in: there is nothing to draw yet
 */
public record StepPictures(String size, double at, double strength, List<Chart> charts) {

    /** How many months the calendar shows, this one included. */
    static final int MONTHS = 4;

    /** The marks a month's row of the calendar's table counts, in its columns' order. */
    private static final List<DayMark> COUNTED = List.of(DayMark.DONE, DayMark.FLOOR, DayMark.MISSED,
            DayMark.SKIPPED, DayMark.SLIP);

    public StepPictures {
        charts = List.copyOf(charts);
    }

    /**
     * The pictures through {@code today}; {@code proposed} is today's size as Today offers it, or null when
     * today is checked in or not a day of the step (then the last size asked is shown).
     */
    public static StepPictures of(Replay replay, LocalDate today, Double proposed, DayOfWeek weekStart, Texts texts) {
        StrengthSeries strength = StrengthSeries.untilNow(replay, today);
        double now = strength.days().isEmpty() ? 0 : strength.days().get(strength.days().size() - 1).value();
        double at = proposed != null ? proposed : replay.sizeOn(today);
        String size = texts.say(replay.step().sizing().said(at));
        if (replay.days().isEmpty()) {
            return new StepPictures(size, at, now, List.of());
        }
        List<Chart> charts = new ArrayList<>();
        charts.add(strength(strength, texts));
        charts.add(calendar(replay, today, weekStart, texts));
        SizeSeries sizes = SizeSeries.of(replay, today);
        if (sizes.compounding() != null) {
            charts.add(size(sizes, replay.step().sizing(), at, texts));
        }
        ResistanceSeries resistance = ResistanceSeries.of(
                new StepHistory(replay.step(), replay.days().stream().map(Replay.Day::checkIn).toList()));
        if (!resistance.days().isEmpty()) {
            charts.add(resistance(resistance, today, texts));
        }
        return new StepPictures(size, at, now, charts);
    }

    private static Chart strength(StrengthSeries series, Texts texts) {
        List<Point> days = series.days();
        Point best = days.stream().max(Comparator.comparingDouble(Point::value)).orElseThrow();
        Point last = days.get(days.size() - 1);
        String summary = texts.t("insights.strength.summary", Show.percent(texts, last.value()),
                Show.percent(texts, best.value()), texts.shortDay(best.day()));
        String svg = Plot.over(days.get(0).day(), last.day(), 0, 1)
                .firstAndLast(days.get(0).day(), last.day(), texts::shortDay)
                .valueTick(0, Show.percent(texts, 0)).valueTick(0.5, Show.percent(texts, 0.5))
                .valueTick(1, Show.percent(texts, 1)).line("line-strength", days).svg();
        return new Chart("strength", texts.t("insights.strength.title"), summary, svg,
                List.of(new Chart.Key("line-strength", texts.t("insights.strength.key"))),
                List.of(texts.t("insights.day"), texts.t("insights.strength.key")),
                Samples.weekly(days).stream()
                        .map(point -> List.of(texts.shortDay(point.day()), Show.percent(texts, point.value()))).toList());
    }

    private static Chart calendar(Replay replay, LocalDate today, DayOfWeek weekStart, Texts texts) {
        LocalDate from = Stream.of(replay.step().startDay(), today.minusMonths(MONTHS - 1L))
                .max(Comparator.naturalOrder()).orElseThrow();
        Heatmap heatmap = Heatmap.of(replay, YearMonth.from(from), YearMonth.from(today), today, weekStart);
        List<Map<DayMark, Integer>> months = heatmap.months().stream().map(StepPictures::counts).toList();
        Map<DayMark, Integer> all = new EnumMap<>(DayMark.class);
        months.forEach(counts -> counts.forEach((mark, count) -> all.merge(mark, count, Integer::sum)));
        // Slips only where there were any: most steps never have one.
        List<DayMark> counted = COUNTED.stream().filter(mark -> mark != DayMark.SLIP || all.containsKey(mark)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Map<DayMark, Integer> counts = months.get(i);
            List<String> row = new ArrayList<>(List.of(texts.month(heatmap.months().get(i).month())));
            counted.forEach(mark -> row.add(String.valueOf(counts.getOrDefault(mark, 0))));
            rows.add(row);
        }
        String summary = texts.t("insights.calendar.summary", texts.month(heatmap.months().get(0).month()),
                all.getOrDefault(DayMark.DONE, 0), all.getOrDefault(DayMark.FLOOR, 0),
                all.getOrDefault(DayMark.MISSED, 0), all.getOrDefault(DayMark.SKIPPED, 0),
                all.getOrDefault(DayMark.SLIP, 0));
        String drawing = CalendarDrawing.draw(heatmap, texts::month,
                month -> texts.t("insights.calendar.monthLabel", texts.month(month.month()), counted.stream()
                        .map(mark -> texts.t("insights.calendar.markCount", markName(texts, mark),
                                counts(month).getOrDefault(mark, 0)))
                        .collect(Collectors.joining(", "))),
                texts::shortDay, mark -> markName(texts, mark), texts.locale());
        List<String> columns = new ArrayList<>(List.of(texts.t("insights.calendar.month")));
        counted.forEach(mark -> columns.add(markName(texts, mark)));
        List<Chart.Key> keys = Stream.concat(counted.stream(), Stream.of(DayMark.UNSAID))
                .map(mark -> new Chart.Key(markClass(mark), markName(texts, mark))).toList();
        return new Chart("calendar", texts.t("insights.calendar.title"), summary, drawing, keys, columns, rows);
    }

    private static Map<DayMark, Integer> counts(Heatmap.Month month) {
        Map<DayMark, Integer> counts = new EnumMap<>(DayMark.class);
        month.weeks().forEach(week -> week.days().forEach(cell -> counts.merge(cell.mark(), 1, Integer::sum)));
        return counts;
    }

    /** {@code at}: today's size as the page's first line says it, so the two never disagree. */
    private static Chart size(SizeSeries series, Sizing sizing, double at, Texts texts) {
        SizeSeries.Compounding honest = series.compounding();
        String summary = texts.t("insights.compounding", sizing.said(honest.start()),
                sizing.said(honest.yearOn()), sizing.said(at));
        List<Point> curve = series.curve();
        List<Point> asked = series.days().stream().map(day -> new Point(day.day(), day.asked())).toList();
        List<Point> done = series.days().stream().filter(day -> day.done() != null)
                .map(day -> new Point(day.day(), day.done())).toList();
        double top = Stream.of(curve, asked, done).flatMap(List::stream).mapToDouble(Point::value).max().orElse(1)
                * 1.1;
        LocalDate first = curve.get(0).day();
        LocalDate last = curve.get(curve.size() - 1).day();
        String svg = Plot.over(first, last, 0, top).firstAndLast(first, last, texts::shortDay)
                .valueTick(0, "0").valueTick(top / 1.1, Show.amount(texts, Math.round(top / 1.1 * 10) / 10.0))
                .line("line-curve", curve).line("line-size", asked).dots("dot-done", done).svg();
        Map<LocalDate, Double> curveOn = new HashMap<>();
        curve.forEach(point -> curveOn.put(point.day(), point.value()));
        // The axis has room for numbers only: the title names what they count.
        return new Chart("size", texts.t("insights.size.title", sizing.unit()), summary, svg,
                List.of(new Chart.Key("line-size", texts.t("insights.size.asked")),
                        new Chart.Key("dot-done", texts.t("insights.size.done")),
                        new Chart.Key("line-curve", texts.t("insights.size.curve"))),
                List.of(texts.t("insights.day"), texts.t("insights.size.asked"), texts.t("insights.size.done"),
                        texts.t("insights.size.curve")),
                series.days().stream().map(day -> List.of(texts.shortDay(day.day()), Show.amount(texts, day.asked()),
                        day.done() == null ? "–" : Show.amount(texts, day.done()),
                        Show.mean(texts, curveOn.getOrDefault(day.day(), honest.start())))).toList());
    }

    private static Chart resistance(ResistanceSeries series, LocalDate today, Texts texts) {
        List<ResistanceSeries.Resistance> days = series.days();
        LocalDate first = days.get(0).day();
        String summary = texts.t("insights.resistance.summary", Show.mean(texts, days.get(days.size() - 1).weekMean()),
                Show.mean(texts, days.get(0).weekMean()));
        String svg = Plot.over(first, today, 0, 10).firstAndLast(first, today, texts::shortDay)
                .valueTick(0, "0").valueTick(5, "5").valueTick(10, "10")
                .dots("dot-resistance", days.stream().map(day -> new Point(day.day(), day.resistance())).toList())
                .line("line-mean", days.stream().map(day -> new Point(day.day(), day.weekMean())).toList())
                .svg();
        return new Chart("resistance", texts.t("insights.resistance.title"), summary, svg,
                List.of(new Chart.Key("dot-resistance", texts.t("insights.resistance.said")),
                        new Chart.Key("line-mean", texts.t("insights.resistance.mean"))),
                List.of(texts.t("insights.day"), texts.t("insights.resistance.said"), texts.t("insights.resistance.mean")),
                days.stream().map(day -> List.of(texts.shortDay(day.day()), String.valueOf(day.resistance()),
                        Show.mean(texts, day.weekMean()))).toList());
    }

    private static String markName(Texts texts, DayMark mark) {
        return texts.t("insights.mark." + mark.name().toLowerCase(Locale.ROOT));
    }

    private static String markClass(DayMark mark) {
        return "mark-" + mark.name().toLowerCase(Locale.ROOT);
    }
}
