package coach.kaizen.app.recovery;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's own words as HTML in which the phone numbers they wrote ("+44 7700 900123",
 * "0800 111 0 111") can be tapped to call: every other character is escaped.
 *
 * <p>A number is a run of at least {@value #MIN_DIGITS} digits, which may start with "+" and be
 * grouped by single spaces, dashes, dots or parentheses: {@code <a href="tel:+447700900123">+44 7700 900123</a>}.
 */
public final class PhoneLinks {

    /** Fewer digits than this is a count, a time or a year, not a number to call. */
    public static final int MIN_DIGITS = 7;

    /**
     * Optional "+", then digits in groups; a group may be in parentheses, and groups are apart by
     * at most one space, dash or dot. Not part of a longer word or number. Possessive, so that a
     * long run of digits cannot make it backtrack.
     */
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])\\+?(?:\\(\\d++\\)|\\d++)(?:[ .\\-]?(?:\\(\\d++\\)|\\d++))*+(?![\\p{L}\\p{N}])");

    private PhoneLinks() {
    }

    /** For a template: {@code ${PhoneLinks.of(text)}} (the words escaped, the numbers linked). */
    public static Content of(String text) {
        String html = html(text);
        return output -> output.writeContent(html);
    }

    /** {@code text} as escaped HTML, its phone numbers as {@code tel:} links; "" for null. */
    public static String html(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringOutput out = new StringOutput();
        Matcher run = RUN.matcher(text);
        int at = 0;
        while (run.find()) {
            String number = run.group();
            String digits = number.replaceAll("\\D", "");
            if (digits.length() < MIN_DIGITS) {
                continue;
            }
            Escape.htmlContent(text.substring(at, run.start()), out);
            out.writeContent("<a href=\"tel:" + (number.startsWith("+") ? "+" : "") + digits + "\">");
            Escape.htmlContent(number, out);
            out.writeContent("</a>");
            at = run.end();
        }
        Escape.htmlContent(text.substring(at), out);
        return out.toString();
    }
}
