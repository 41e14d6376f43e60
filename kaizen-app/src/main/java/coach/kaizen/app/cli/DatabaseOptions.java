package coach.kaizen.app.cli;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.config.ConfigException;
import coach.kaizen.core.text.Message;
import java.nio.file.Files;
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

    /**
     * The configuration of a database that is already there, for a command that reads or changes people's
     * data: a SQLite file missing from the data folder is a mistyped folder, not a new one to make.
     */
    AppConfig existing(Cli cli) {
        AppConfig config = config(null, null, cli);
        Path file = config.sqliteFile();
        if (file != null && !Files.exists(file)) {
            throw new ConfigException(Message.of("cli.config.noData", file.getParent().toString()));
        }
        return config;
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
