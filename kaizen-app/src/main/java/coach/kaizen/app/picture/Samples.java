package coach.kaizen.app.picture;

import coach.kaizen.core.picture.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Which of a day-by-day series go into a chart's table: a row a week reads better than a row a day. */
public final class Samples {

    private static final int WEEK = 7;

    private Samples() {
    }

    /** Every seventh point counted back from the last, so the last row is the latest day; oldest first. */
    public static List<Point> weekly(List<Point> days) {
        List<Point> rows = new ArrayList<>();
        for (int i = days.size() - 1; i >= 0; i -= WEEK) {
            rows.add(days.get(i));
        }
        Collections.reverse(rows);
        return rows;
    }
}
