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

    /** The outer element: scales to its box, named for screen readers by {@code label}. */
    static String open(double width, double height, String cssClass, String label) {
        return start(width, height, cssClass) + " role=\"img\" aria-label=\"" + text(label) + "\">";
    }

    /** The outer element of a drawing whose caption already says it in words: screen readers skip it. */
    static String openUnsaid(double width, double height, String cssClass) {
        return start(width, height, cssClass) + " aria-hidden=\"true\">";
    }

    private static String start(double width, double height, String cssClass) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + at(width) + " " + at(height)
                + "\" class=\"" + cssClass + "\"";
    }
}
