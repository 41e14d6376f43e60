package coach.kaizen.app.cli;

import coach.kaizen.app.config.ConfigException;
import coach.kaizen.app.db.DatabaseUnavailable;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code kaizen} command line. Bad usage or a bad setting is one line on stderr and exit
 * code 2; a failure to start is one line and exit code 1. Never a stack trace.
 */
public final class Cli {

    private static final int USAGE = 2;
    private static final int FAILURE = 1;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final Map<String, String> env;
    private final Clock clock;
    private final Terminal terminal;

    private Cli(Map<String, String> env, Clock clock, Terminal terminal) {
        this.env = env;
        this.clock = clock;
        this.terminal = terminal;
    }

    public static int run(String[] args, Map<String, String> env, Clock clock, Terminal terminal) {
        Cli cli = new Cli(env, clock, terminal);
        return new CommandLine(new KaizenCommand())
                .addSubcommand(new ServeCommand(cli))
                .addSubcommand(new MigrateCommand(cli))
                .addSubcommand(new SimulateCommand(cli))
                .addSubcommand(new EngineCommand(cli))
                .setOut(terminal.out())
                .setErr(terminal.err())
                .setParameterExceptionHandler(Cli::badUsage)
                .setExecutionExceptionHandler(Cli::failed)
                .execute(args);
    }

    Map<String, String> env() {
        return env;
    }

    Clock clock() {
        return clock;
    }

    PrintWriter out() {
        return terminal.out();
    }

    Terminal terminal() {
        return terminal;
    }

    private static int badUsage(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String help = command.getCommandSpec().qualifiedName() + " --help";
        return say(command, firstLine(e.getMessage()) + " (see '" + help + "')", USAGE);
    }

    private static int failed(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof ConfigException) {
            return say(command, e.getMessage(), USAGE);
        }
        if (e instanceof DatabaseUnavailable) {
            return say(command, e.getMessage(), FAILURE);
        }
        LOG.debug("Command stopped by an error", e);
        return say(command, "could not start: " + firstLine(String.valueOf(e.getMessage())), FAILURE);
    }

    private static int say(CommandLine command, String message, int code) {
        command.getErr().println("kaizen: " + message);
        command.getErr().flush();
        return code;
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse(message).strip();
    }
}
