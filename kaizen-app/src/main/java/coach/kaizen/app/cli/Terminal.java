package coach.kaizen.app.cli;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Where a command reads and writes; {@code interactive} when a person watches (progress bars);
 * {@code bytes} is standard output for a file written there as it is (a zip), or null where there is none.
 */
public record Terminal(BufferedReader in, PrintWriter out, PrintWriter err, boolean interactive, OutputStream bytes) {

    public Terminal(BufferedReader in, PrintWriter out, PrintWriter err, boolean interactive) {
        this(in, out, err, interactive, null);
    }
}
