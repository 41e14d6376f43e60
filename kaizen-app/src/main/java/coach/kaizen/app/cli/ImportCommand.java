package coach.kaizen.app.cli;

import coach.kaizen.app.Services;
import coach.kaizen.app.config.ConfigException;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.exchange.ImportService;
import coach.kaizen.app.exchange.LoopImportService;
import coach.kaizen.app.exchange.LoopWording;
import coach.kaizen.app.i18n.Places;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kaizen import --user NAME FILE}: our JSON export, or Loop Habit Tracker's backup or CSV
 * zip, told apart by what the file holds; the same services as the API. A file refused is one
 * line on stderr and exit 2, and nothing changed.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    private static final int BAR_WIDTH_STAGES = 100;

    private final Cli cli;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Parameters(paramLabel = "FILE")
    Path file;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        byte[] bytes = read(file);
        boolean loop = LoopImportService.looksLikeLoop(bytes);
        // A .json that does not read as JSON is ours gone wrong: the reader says where, as the page does.
        boolean ours = isJson(bytes) || !loop && file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (!ours && !loop) {
            throw new ConfigException(Message.of("cli.import.unknownFile", file.toString()));
        }
        try (Database db = Database.open(database.existing(cli))) {
            db.migrate();
            Services services = Services.over(db, cli.clock());
            Person person = Accounts.named(db, user);
            if (ours) {
                ProgressBar bar = new ProgressBar(cli.terminal().err(), cli.texts(), BAR_WIDTH_STAGES,
                        cli.terminal().interactive(), "cli.import.progress");
                ImportService.Imported imported = services.imports().importDocument(person, bytes,
                        (done, total) -> bar.update(BAR_WIDTH_STAGES * done / total));
                bar.finish();
                cli.out().println(imported.nothingToBring() ? cli.texts().t("cli.import.heldNothing")
                        : cli.texts().t("cli.import.done", imported.total()));
                if (imported.settings()) {
                    cli.out().println(cli.texts().t("exchange.data.settingsCame",
                            Places.zoneLabel(imported.settledAs().zone().getId())));
                }
            } else {
                List<LoopImportService.ImportedStep> steps = services.loopImport().importFile(person, bytes, null,
                        LoopWording.in(cli.texts()));
                cli.out().println(cli.texts().t("cli.import.loopDone", steps.size()));
            }
        }
        return 0;
    }

    /** The file, or as much of it as shows it is too big. */
    private static byte[] read(Path file) throws IOException {
        FileArgument.toRead(file);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) ImportService.MAX_BYTES + 1);
        }
    }

    /** Ours starts with an object; Loop's are a SQLite file or a zip, which the Loop import tells apart. */
    private static boolean isJson(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("{") || start.isEmpty();
    }
}
