package coach.kaizen.app.picture;

import coach.kaizen.core.picture.Point;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * A drawing over days: lines, dots and bars against a value axis. It scales to the width it is
 * given (a phone's 390 px too), and its colours come from CSS classes, so both themes apply.
 */
public final class Plot {

    private static final double WIDTH = 300;
    private static final double HEIGHT = 140;
    /** Room for value labels such as "100 %" as Spanish writes it. */
    private static final double LEFT = 36;
    private static final double RIGHT = 6;
    private static final double TOP = 8;
    private static final double BOTTOM = 20;
    /** Half the width of the stroke a line of one day is drawn as. */
    private static final double ONE_DAY_STROKE = 4;

    private final LocalDate from;
    private final long span;
    private final double low;
    private final double high;
    private final StringBuilder axes = new StringBuilder();
    private final StringBuilder marks = new StringBuilder();

    private Plot(LocalDate from, LocalDate to, double low, double high) {
        this.from = from;
        this.span = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        this.low = low;
        this.high = high > low ? high : low + 1;
    }

    /** Days {@code from} to {@code to}, both included, against values {@code low} to {@code high}. */
    public static Plot over(LocalDate from, LocalDate to, double low, double high) {
        return new Plot(from, to, low, high);
    }

    /** A value on the side, with a faint line across. */
    public Plot valueTick(double value, String label) {
        double y = y(value);
        axes.append("<line class=\"grid\" x1=\"").append(Svg.at(LEFT)).append("\" x2=\"").append(Svg.at(WIDTH - RIGHT))
                .append("\" y1=\"").append(Svg.at(y)).append("\" y2=\"").append(Svg.at(y)).append("\"/>")
                .append("<text class=\"tick\" x=\"").append(Svg.at(LEFT - 3)).append("\" y=\"").append(Svg.at(y + 3))
                .append("\" text-anchor=\"end\">").append(Svg.text(label)).append("</text>");
        return this;
    }

    /** A day named under the drawing; near an edge its words run inwards, so none are cut off. */
    public Plot dayTick(LocalDate day, String label) {
        double x = x(day);
        String anchor = x < WIDTH / 3 ? "start" : x > WIDTH * 2 / 3 ? "end" : "middle";
        double at = anchor.equals("start") ? LEFT : anchor.equals("end") ? WIDTH - RIGHT : x;
        axes.append("<text class=\"tick\" x=\"").append(Svg.at(at)).append("\" y=\"").append(Svg.at(HEIGHT - 5))
                .append("\" text-anchor=\"").append(anchor).append("\">").append(Svg.text(label)).append("</text>");
        return this;
    }

    /** The first and the last day named under the drawing (once, when they are the same day). */
    public Plot firstAndLast(LocalDate first, LocalDate last, Function<LocalDate, String> name) {
        dayTick(first, name.apply(first));
        return first.equals(last) ? this : dayTick(last, name.apply(last));
    }

    public Plot line(String css, List<Point> points) {
        if (points.isEmpty()) {
            return this;
        }
        List<String> at = points.stream().map(point -> Svg.at(x(point.day())) + "," + Svg.at(y(point.value())))
                .toList();
        if (points.size() == 1) {
            // One day is no line yet: a short level stroke in the line's own style, so the chart is not blank.
            double x = x(points.get(0).day());
            String y = Svg.at(y(points.get(0).value()));
            at = List.of(Svg.at(x - ONE_DAY_STROKE) + "," + y, Svg.at(x + ONE_DAY_STROKE) + "," + y);
        }
        marks.append("<polyline class=\"").append(css).append("\" fill=\"none\" points=\"")
                .append(String.join(" ", at)).append("\"/>");
        return this;
    }

    public Plot dots(String css, List<Point> points) {
        points.forEach(point -> marks.append("<circle class=\"").append(css).append("\" r=\"2.5\" cx=\"")
                .append(Svg.at(x(point.day()))).append("\" cy=\"").append(Svg.at(y(point.value()))).append("\"/>"));
        return this;
    }

    /** A bar from the value axis's low end, {@code days} wide from each point's day: a week is 7. */
    public Plot bars(String css, List<Point> points, int days) {
        double width = Math.max(1, days * dayWidth() - 1);
        points.forEach(point -> {
            double top = y(point.value());
            marks.append("<rect class=\"").append(css).append("\" x=\"").append(Svg.at(x(point.day()) - dayWidth() / 2))
                    .append("\" y=\"").append(Svg.at(top)).append("\" width=\"").append(Svg.at(width))
                    .append("\" height=\"").append(Svg.at(y(low) - top)).append("\"/>");
        });
        return this;
    }

    /** The drawing, for a figure whose caption says what it shows (so a screen reader hears that once). */
    public String svg() {
        return Svg.openUnsaid(WIDTH, HEIGHT, "plot") + axes + marks + "</svg>";
    }

    private double dayWidth() {
        return (WIDTH - LEFT - RIGHT) / span;
    }

    /** The middle of the day's slot. */
    private double x(LocalDate day) {
        return LEFT + (ChronoUnit.DAYS.between(from, day) + 0.5) * dayWidth();
    }

    private double y(double value) {
        double clamped = Math.min(Math.max(value, low), high);
        return TOP + (high - clamped) / (high - low) * (HEIGHT - TOP - BOTTOM);
    }
}
