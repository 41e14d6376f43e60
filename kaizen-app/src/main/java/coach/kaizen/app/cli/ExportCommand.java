package coach.kaizen.app.cli;

import coach.kaizen.app.Services;
import coach.kaizen.app.config.ConfigException;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.exchange.ExportService;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kaizen export --user NAME}: everything of the person's, as the API's export, to stdout or a file. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json")
    String format;

    @Option(names = "--output", paramLabel = "FILE")
    Path output;

    @Option(names = "--force")
    boolean force;

    ExportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        if (output != null) {
            FileArgument.toWrite(output, force);
        }
        try (Database db = Database.open(database.existing(cli))) {
            db.migrate();
            Services services = Services.over(db, cli.clock());
            Person person = Accounts.named(db, user);
            ExportService.Export export = switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> services.exports().json(person);
                case "csv" -> services.exports().csv(person);
                default -> throw new ConfigException(Message.of("exchange.problem.exportFormat", format));
            };
            write(export);
        }
        return 0;
    }

    private void write(ExportService.Export export) throws IOException {
        if (output != null) {
            Files.write(output, export.bytes());
            cli.terminal().err().println(cli.texts().t("cli.export.done", output.toString()));
            return;
        }
        OutputStream bytes = cli.terminal().bytes();
        if (bytes != null) {
            cli.out().flush();
            bytes.write(export.bytes());
            bytes.flush();
        } else if (export.contentType().equals("application/json")) {
            cli.out().print(new String(export.bytes(), StandardCharsets.UTF_8));
            cli.out().flush();
        } else {
            throw new UncheckedIOException(new IOException("no standard output for bytes"));
        }
    }
}
