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
    private int percentShown = -1;

    ProgressBar(PrintWriter err, Texts texts, int total, boolean shown) {
        this.err = err;
        this.texts = texts;
        this.total = total;
        this.shown = shown;
    }

    void update(int done) {
        int percent = (int) (100L * done / total);
        if (!shown || percent == percentShown) {
            return;
        }
        percentShown = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + texts.t("cli.simulate.progress", String.valueOf(percent), String.valueOf(total), total));
        err.flush();
    }

    void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
