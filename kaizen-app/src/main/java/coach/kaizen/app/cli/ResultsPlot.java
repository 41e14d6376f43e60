package coach.kaizen.app.cli;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.picture.Svg;
import coach.kaizen.core.simulation.Frontier;
import coach.kaizen.core.simulation.PolicyResult;
import coach.kaizen.core.simulation.SimulationResult;
import java.util.Locale;

/** Retention against volume as a small SVG: the frontier as a line, each policy as a labelled point. */
final class ResultsPlot {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;
    private static final int LEFT = 60;
    private static final int RIGHT = 130;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final int TICKS = 5;

    private final double mostVolume;

    private ResultsPlot(SimulationResult result) {
        double most = result.frontier().points().stream().mapToDouble(Frontier.Point::volume).max().orElse(1);
        for (PolicyResult row : result.policies()) {
            most = Math.max(most, row.volume());
        }
        mostVolume = most > 0 ? most * 1.05 : 1;
    }

    static String svg(SimulationResult result, Texts texts) {
        return new ResultsPlot(result).draw(result, texts);
    }

    private String draw(SimulationResult result, Texts texts) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(text(LEFT, 24, Svg.text(result.population()), "start", "font-size=\"14\" font-weight=\"bold\""));
        axes(svg, texts);
        StringBuilder line = new StringBuilder();
        for (Frontier.Point point : result.frontier().points()) {
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(point.volume()), y(point.retention())));
        }
        svg.append(String.format(Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"#2a6f97\" stroke-width=\"2\"/>%n", line.toString().trim()));
        for (Frontier.Point point : result.frontier().points()) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"#2a6f97\"/>%n",
                    x(point.volume()), y(point.retention())));
        }
        for (PolicyResult row : result.policies()) {
            double px = x(row.volume());
            double py = y(row.retention());
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#d1495b\"/>%n", px, py));
            svg.append(text(px + 6, py - 6, Svg.text(row.policy()), "start", ""));
        }
        return svg.append("</svg>\n").toString();
    }

    private void axes(StringBuilder svg, Texts texts) {
        int bottom = HEIGHT - BOTTOM;
        int right = WIDTH - RIGHT;
        svg.append(String.format(Locale.ROOT, "<path d=\"M%d %d V%d H%d\" fill=\"none\" stroke=\"black\"/>%n",
                LEFT, TOP, bottom, right));
        for (int i = 0; i <= TICKS; i++) {
            double share = (double) i / TICKS;
            svg.append(text(LEFT - 6, y(share) + 4, String.format(Locale.ROOT, "%.0f%%", share * 100), "end", ""));
            svg.append(text(x(share * mostVolume), bottom + 16,
                    String.format(Locale.ROOT, "%.0f", share * mostVolume), "middle", ""));
        }
        String volume = Svg.text(texts.t("cli.simulate.column.volume"));
        svg.append(text((LEFT + right) / 2.0, HEIGHT - 12, volume, "middle", ""));
        svg.append(text(14, (TOP + bottom) / 2.0, Svg.text(texts.t("cli.simulate.column.retention")), "middle",
                String.format(Locale.ROOT, "transform=\"rotate(-90 14 %.1f)\"", (TOP + bottom) / 2.0)));
    }

    private double x(double volume) {
        return LEFT + (WIDTH - LEFT - RIGHT) * volume / mostVolume;
    }

    private static double y(double retention) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * retention;
    }

    private static String text(double x, double y, String words, String anchor, String more) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>%s</text>%n",
                x, y, anchor, more, words);
    }
}
