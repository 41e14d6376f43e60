package coach.kaizen.app.cli;

import coach.kaizen.app.config.AppConfig;
import picocli.CommandLine.Option;

/** Where the data lives: shared by every command that opens the database. */
final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for the embedded SQLite database (env KAIZEN_DATA_DIR; default: ./data).")
    String dataDir;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "JDBC URL of a PostgreSQL database instead of SQLite, e.g. "
                    + "jdbc:postgresql://localhost/kaizen (env KAIZEN_DB_URL; user and password from "
                    + "KAIZEN_DB_USER and KAIZEN_DB_PASSWORD).")
    String dbUrl;

    /** The whole configuration: these flags with the command's own, then the environment, then defaults. */
    AppConfig config(String host, String port, Cli cli) {
        return AppConfig.resolve(new AppConfig.Flags(host, port, dataDir, dbUrl), cli.env());
    }
}
