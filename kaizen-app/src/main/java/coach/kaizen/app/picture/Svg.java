package coach.kaizen.app.picture;

import java.util.Locale;

/** The few SVG pieces the drawings share: escaped text and numbers written the same way in every locale. */
public final class Svg {

    private Svg() {
    }

    public static String text(String words) {
        return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A coordinate: one decimal, with a dot whatever the page's language. */
    static String at(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The outer element: scales to its box, named for screen readers by the chart's summary. */
    static String open(double width, double height, String cssClass, String label) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + at(width) + " " + at(height)
                + "\" class=\"" + cssClass + "\" role=\"img\" aria-label=\"" + text(label) + "\">";
    }
}
