package coach.kaizen.app.cli;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.config.ConfigException;
import coach.kaizen.core.text.Message;
import java.nio.file.Path;
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

    /** The SQLite file, for a command that works on the file itself; on PostgreSQL, {@code onPostgres} says what to do instead. */
    Path sqliteFile(Cli cli, String onPostgres) {
        Path file = config(null, null, cli).sqliteFile();
        if (file == null) {
            throw new ConfigException(Message.of(onPostgres));
        }
        return file;
    }
}
