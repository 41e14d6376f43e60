package coach.kaizen.app.cli;

import coach.kaizen.app.db.SqliteBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--force")
    boolean force;

    @Mixin
    DatabaseOptions database;

    BackupCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path live = database.sqliteFile(cli, "cli.backup.problem.postgres");
        FileArgument.toWrite(file, true); // a file already there is the backup's own to refuse, or to replace
        SqliteBackup.Written written = SqliteBackup.backUp(live, file, force);
        cli.out().println(cli.texts().t("cli.backup.done", live.toString(), written.file().toString(),
                written.bytes(), written.version()));
        return 0;
    }
}
