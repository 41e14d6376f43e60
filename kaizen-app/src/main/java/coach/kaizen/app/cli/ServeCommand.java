package coach.kaizen.app.cli;

import coach.kaizen.app.App;
import coach.kaizen.app.coach.DemoAccount;
import coach.kaizen.app.config.ConfigException;
import java.time.ZoneId;
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

    @Option(names = "--demo",
            description = "Also create a demo account with about 60 days of made-up history, and print how to sign in.")
    boolean demo;

    @Option(names = "--demo-time-zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "The demo account's time zone (default: ${DEFAULT-VALUE}).")
    String demoTimeZone;

    @Mixin
    DatabaseOptions database;

    ServeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (demo && !ZoneId.getAvailableZoneIds().contains(demoTimeZone)) {
            throw new ConfigException("--demo-time-zone must be a time zone name like Europe/Paris, not " + demoTimeZone);
        }
        App app = App.start(database.config(host, port, cli), cli.clock());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "kaizen-shutdown"));
        cli.out().println("Kaizen Coach is running at " + app.url() + " (database: " + app.databaseLabel() + ")");
        if (demo) {
            DemoAccount.Credentials login = new DemoAccount(app.services()).create(demoTimeZone);
            cli.out().println("Demo account (made-up data, remade at each --demo start): username " + login.username()
                    + ", password " + login.password() + " -> " + app.url() + "login");
        }
        cli.out().println("Press Ctrl+C to stop.");
        cli.out().flush();
        return 0;
    }
}
