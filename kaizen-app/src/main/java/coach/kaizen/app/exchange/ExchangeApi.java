package coach.kaizen.app.exchange;

import coach.kaizen.app.http.Speech;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Unsupported;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** /api/v1/import/loop and /api/v1/export/loop: a person's habits in from Loop Habit Tracker, and out again. */
public final class ExchangeApi {

    /** A backup is SQLite (Android sends it as octet-stream); the CSV export is a zip. */
    static final Set<String> TYPES = Set.of("application/vnd.sqlite3", "application/x-sqlite3",
            "application/octet-stream", "application/zip", "application/x-zip-compressed");

    private final LoopImportService imports;
    private final LoopExportService exports;
    private final PersonalClock clock;

    public ExchangeApi(LoopImportService imports, LoopExportService exports, PersonalClock clock) {
        this.imports = imports;
        this.exports = exports;
        this.clock = clock;
    }

    record ImportedJson(long stepId, long aimId, String action, String schedule, boolean made, boolean archived,
            int daysAdded, double strength) {

        static ImportedJson of(LoopImportService.ImportedStep imported) {
            return new ImportedJson(imported.step().id(), imported.step().aimId(), imported.step().action(),
                    imported.step().schedule().code(), imported.made(), imported.archived(), imported.daysAdded(),
                    imported.strength());
        }
    }

    /** The file is the raw body; {@code ?aimId=} puts new steps in that aim. 201 with each step made or added to. */
    public void importLoop(Context ctx, Person person) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new Unsupported(Message.of("exchange.loop.problem.type", type));
        }
        List<LoopImportService.ImportedStep> imported = imports.importFile(person, ctx.bodyAsBytes(),
                aimId(ctx.queryParam("aimId")), LoopWording.in(Speech.of(ctx)));
        ctx.status(HttpStatus.CREATED).json(imported.stream().map(ImportedJson::of).toList());
    }

    public void exportLoop(Context ctx, Person person) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + LoopWording.zipName(clock.today(person)) + "\"");
        ctx.contentType("application/zip").result(exports.export(person));
    }

    private static Long aimId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Invalid(Message.of("problem.id", "aimId"));
    }
}
