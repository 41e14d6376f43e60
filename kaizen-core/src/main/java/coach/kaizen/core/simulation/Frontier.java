package coach.kaizen.core.simulation;

import java.util.Comparator;
import java.util.List;

/**
 * Retention against volume at their best (docs/engine.md §5.4): the oracle's expected retention
 * and volume over a population, one point per λ. Between two points the line is reached by
 * letting the oracle use one λ for some people and the other for the rest.
 *
 * @param points from the smallest λ (most volume) to the largest (most people kept)
 */
public record Frontier(List<Point> points) {

    /** The oracle's expectations at one λ, averaged over the population. */
    public record Point(double lambda, double retention, double volume) {
    }

    public Frontier {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a frontier needs a point");
        }
        points = points.stream().sorted(Comparator.comparingDouble(Point::retention)).toList();
    }

    /**
     * The most volume a coach can move while keeping at least {@code retention}: the first
     * point's below it, the last point's above it (no oracle keeps more).
     */
    public double volumeAt(double retention) {
        Point first = points.get(0);
        if (retention <= first.retention()) {
            return first.volume();
        }
        for (int i = 1; i < points.size(); i++) {
            Point low = points.get(i - 1);
            Point high = points.get(i);
            if (retention <= high.retention()) {
                return between(retention, low.retention(), high.retention(), low.volume(), high.volume());
            }
        }
        return points.get(points.size() - 1).volume();
    }

    /** The most people a coach can keep while moving at least {@code volume}; the ends as in {@link #volumeAt}. */
    public double retentionAt(double volume) {
        Point last = points.get(points.size() - 1);
        if (volume <= last.volume()) {
            return last.retention();
        }
        for (int i = points.size() - 1; i > 0; i--) {
            Point low = points.get(i);
            Point high = points.get(i - 1);
            if (volume <= high.volume()) {
                return between(volume, low.volume(), high.volume(), low.retention(), high.retention());
            }
        }
        return points.get(0).retention();
    }

    private static double between(double x, double x0, double x1, double y0, double y1) {
        return x1 == x0 ? Math.max(y0, y1) : y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }
}
