package coach.kaizen.app.cli;

import coach.kaizen.app.config.AppConfig;
import picocli.CommandLine.Option;

/** Where the data lives: shared by every command that opens the database. */
final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR")
    String dataDir;

    @Option(names = "--db-url", paramLabel = "URL")
    String dbUrl;

    /** The whole configuration: these flags with the command's own, then the environment, then defaults. */
    AppConfig config(String host, String port, Cli cli) {
        return AppConfig.resolve(new AppConfig.Flags(host, port, dataDir, dbUrl), cli.env());
    }
}
