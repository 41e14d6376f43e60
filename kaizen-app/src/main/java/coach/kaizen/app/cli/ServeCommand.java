package coach.kaizen.app.cli;

import coach.kaizen.app.App;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start Kaizen Coach: migrate the database, then serve the web app until stopped.")
final class ServeCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on (env KAIZEN_HOST; default: 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Port to listen on, 0 for any free one (env KAIZEN_PORT; default: 7070).")
    String port;

    @Mixin
    DatabaseOptions database;

    ServeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        App app = App.start(database.config(host, port, cli));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "kaizen-shutdown"));
        cli.out().println("Kaizen Coach is running at " + app.url() + " (database: " + app.databaseLabel() + ")");
        cli.out().println("Press Ctrl+C to stop.");
        cli.out().flush();
        return 0;
    }
}
