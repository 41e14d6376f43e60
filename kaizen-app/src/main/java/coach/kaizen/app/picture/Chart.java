package coach.kaizen.app.picture;

import java.util.List;

/**
 * A picture of progress as a page shows it: a title, one sentence that says what it shows (in the
 * caption, all a screen reader says of the drawing), the drawing, and its numbers as a table for anyone
 * who cannot see it.
 *
 * @param id      unique on its page, for links and the table's label
 * @param drawing SVG drawn by {@link Plot} or {@link CalendarDrawing}, every word in it escaped
 * @param columns the table's headers
 * @param rows    the numbers the drawing shows, one row per point, already in the page's language
 */
public record Chart(String id, String title, String summary, String drawing, List<Key> keys, List<String> columns,
        List<List<String>> rows) {

    /** What a colour in the drawing stands for: the CSS class of its marks and its words. */
    public record Key(String css, String label) {
    }

    public Chart {
        keys = List.copyOf(keys);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
