package coach.kaizen.app.cli;

import coach.kaizen.app.db.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Bring the database schema up to date, then exit.")
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
            String what = migrated.applied() == 0
                    ? "already up to date"
                    : migrated.applied() + (migrated.applied() == 1 ? " migration" : " migrations") + " applied";
            cli.out().println("Database " + db.label() + " is at schema version " + migrated.version() + " ("
                    + what + ").");
        }
        return 0;
    }
}
