package coach.kaizen.app;

import coach.kaizen.app.cli.Cli;
import java.io.PrintWriter;
import java.time.Clock;

/** The {@code kaizen} command. {@code serve} leaves the server running; every other command exits. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = Cli.run(args, System.getenv(), Clock.systemUTC(), out, err);
        if (code != 0) {
            System.exit(code);
        }
    }
}
