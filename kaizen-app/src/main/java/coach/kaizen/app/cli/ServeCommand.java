package coach.kaizen.app.cli;

import coach.kaizen.app.App;
import coach.kaizen.app.config.ConfigException;
import coach.kaizen.core.text.Message;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--host", paramLabel = "HOST")
    String host;

    @Option(names = "--port", paramLabel = "PORT")
    String port;

    @Option(names = "--demo")
    boolean demo;

    @Option(names = "--demo-time-zone", paramLabel = "ZONE", defaultValue = "UTC")
    String demoTimeZone;

    @Mixin
    DatabaseOptions database;

    ServeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (demo && !ZoneId.getAvailableZoneIds().contains(demoTimeZone)) {
            throw new ConfigException(Message.of("cli.serve.problem.zone", demoTimeZone));
        }
        App app = App.start(database.config(host, port, cli), cli.clock());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "kaizen-shutdown"));
        cli.out().println(cli.texts().t("cli.serve.running", app.url(), app.databaseLabel()));
        if (demo) {
            DemoAccount.Credentials login = new DemoAccount(app.services()).create(demoTimeZone);
            cli.out().println(cli.texts().t("cli.serve.demo", login.username(), login.password(), app.url() + "login"));
        }
        cli.out().println(cli.texts().t("cli.serve.stop"));
        cli.out().flush();
        return 0;
    }
}
