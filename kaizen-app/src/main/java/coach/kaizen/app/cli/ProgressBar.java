package coach.kaizen.app.cli;

import coach.kaizen.app.i18n.Texts;
import java.io.PrintWriter;

/** A one-line bar on the terminal, redrawn at each whole percent. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final Texts texts;
    private final int total;
    private final boolean shown;
    private final String words;
    private int percentShown = -1;

    ProgressBar(PrintWriter err, Texts texts, int total, boolean shown) {
        this(err, texts, total, shown, "cli.simulate.progress");
    }

    /** {@code words}: the message beside the bar, given the percent, the total as written and the total. */
    ProgressBar(PrintWriter err, Texts texts, int total, boolean shown, String words) {
        this.err = err;
        this.texts = texts;
        this.total = total;
        this.shown = shown;
        this.words = words;
    }

    void update(int done) {
        int percent = (int) (100L * done / total);
        if (!shown || percent == percentShown) {
            return;
        }
        percentShown = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + texts.t(words, String.valueOf(percent), String.valueOf(total), total));
        err.flush();
    }

    void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
