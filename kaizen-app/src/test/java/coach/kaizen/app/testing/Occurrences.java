package coach.kaizen.app.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many times a drawing holds a mark: what a chart's table is checked against. */
public final class Occurrences {

    private Occurrences() {
    }

    public static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
