package coach.kaizen.app.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;

/** Where a command reads and writes; {@code interactive} when a person watches (progress bars). */
public record Terminal(BufferedReader in, PrintWriter out, PrintWriter err, boolean interactive) {
}
