package coach.kaizen.app;

import coach.kaizen.app.cli.Cli;
import coach.kaizen.app.cli.Terminal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** The {@code kaizen} command. {@code serve} leaves the server running; every other command exits. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Not auto-flushing: `kaizen engine` flushes each answer itself, and 100,000 lines stay fast.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int code = Cli.run(args, System.getenv(), Clock.systemUTC(), new Terminal(in, out, err,
                System.console() != null, System.out));
        out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }
}
