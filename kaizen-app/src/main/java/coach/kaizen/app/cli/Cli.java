package coach.kaizen.app.cli;

import coach.kaizen.app.db.DatabaseUnavailable;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.service.Explained;
import coach.kaizen.core.text.Refused;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The {@code kaizen} command line. Bad usage or a bad setting is one line on stderr and exit
 * code 2; a failure to start is one line and exit code 1. Never a stack trace. It speaks the
 * language of the environment (see {@link CliLanguage}); the help comes from the same messages.
 */
public final class Cli {

    private static final int USAGE = 2;
    private static final int FAILURE = 1;

    private final Map<String, String> env;
    private final Clock clock;
    private final Terminal terminal;
    private final Texts texts;

    private Cli(Map<String, String> env, Clock clock, Terminal terminal) {
        this.env = env;
        this.clock = clock;
        this.terminal = terminal;
        this.texts = Catalog.shipped().texts(CliLanguage.of(env));
    }

    public static int run(String[] args, Map<String, String> env, Clock clock, Terminal terminal) {
        Cli cli = new Cli(env, clock, terminal);
        CommandLine command = new CommandLine(new KaizenCommand())
                .addSubcommand(new ServeCommand(cli))
                .addSubcommand(new MigrateCommand(cli))
                .addSubcommand(new BackupCommand(cli))
                .addSubcommand(new RestoreCommand(cli))
                .addSubcommand(new SimulateCommand(cli))
                .addSubcommand(new EngineCommand(cli))
                .addSubcommand(UserCommand.of(cli))
                .addSubcommand(new ExportCommand(cli))
                .addSubcommand(new ImportCommand(cli))
                .setResourceBundle(new CliHelp(cli.texts))
                .setOut(terminal.out())
                .setErr(terminal.err())
                .setParameterExceptionHandler(cli::badUsage)
                .setExecutionExceptionHandler(cli::failed);
        command.getCommandSpec().versionProvider(new Version(cli.texts));
        return command.execute(args);
    }

    /** The words of the command line's language. */
    Texts texts() {
        return texts;
    }

    /** What a refusal says: its own message when it carries one, else its text as it is. */
    String said(IllegalArgumentException e) {
        return said(texts, e);
    }

    static String said(Texts texts, IllegalArgumentException e) {
        return e instanceof Refused refused ? texts.say(refused.said()) : e.getMessage();
    }

    /** A refusal's words as an argument of another message: its Message, else its text. */
    static Object why(IllegalArgumentException e) {
        return e instanceof Refused refused ? refused.said() : e.getMessage();
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

    private int badUsage(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String help = command.getCommandSpec().qualifiedName() + " --help";
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            // A word where a command or a value was looked for: said in our words, not the parser's.
            String word = unmatched.getUnmatched().get(0);
            return say(command, command.getParent() == null ? texts.t("cli.problem.noCommand", word, help)
                    : texts.t("cli.problem.unmatched", word, command.getCommandSpec().qualifiedName(), help), USAGE);
        }
        // Picocli's own words for what is wrong are English in every language.
        return say(command, texts.t("cli.problem.usage", firstLine(e.getMessage()), help), USAGE);
    }

    private int failed(Exception e, CommandLine command, ParseResult parsed) {
        // A bad setting (ConfigException) or input a service refuses (an unknown user, a short password).
        if (e instanceof Explained explained) {
            return say(command, texts.say(explained.said()), USAGE);
        }
        if (e instanceof Refused refused) {
            return say(command, texts.say(refused.said()), USAGE);
        }
        if (e instanceof DatabaseUnavailable) {
            return say(command, e.getMessage(), FAILURE);
        }
        // Asked for only here: setting up logging cost every `kaizen engine` about 0.3 s of CPU at its start.
        LoggerFactory.getLogger(Cli.class).debug("Command stopped by an error", e);
        return say(command, texts.t("cli.problem.start", firstLine(String.valueOf(e.getMessage()))), FAILURE);
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
