package coach.kaizen.app.cli;

import coach.kaizen.app.db.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "migrate", mixinStandardHelpOptions = true)
final class MigrateCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    DatabaseOptions database;

    MigrateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (Database db = Database.open(database.config(null, null, cli))) {
            Database.Migrated migrated = db.migrate();
            cli.out().println(cli.texts().t("cli.migrate.done", db.label(), String.valueOf(migrated.version()),
                    migrated.applied()));
        }
        return 0;
    }
}
