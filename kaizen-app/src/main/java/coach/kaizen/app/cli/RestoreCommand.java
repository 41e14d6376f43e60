package coach.kaizen.app.cli;

import coach.kaizen.app.db.SqliteBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Mixin
    DatabaseOptions database;

    RestoreCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path live = database.sqliteFile(cli, "cli.restore.problem.postgres");
        SqliteBackup.Restored restored = SqliteBackup.restore(file, live, cli.clock().instant());
        cli.out().println(cli.texts().t("cli.restore.done", file.toString(), live.toString(),
                restored.fromVersion(), restored.version()));
        cli.out().println(restored.keptAside() == null
                ? cli.texts().t("cli.restore.nothingBefore")
                : cli.texts().t("cli.restore.keptAside", restored.keptAside().toString()));
        return 0;
    }
}
