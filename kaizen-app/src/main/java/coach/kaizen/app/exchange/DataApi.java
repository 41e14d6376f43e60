package coach.kaizen.app.exchange;

import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.Unsupported;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Map;

/** /api/v1/export and /api/v1/import: everything of a person's as our document, out and back in. */
public final class DataApi {

    private final ExportService exports;
    private final ImportService imports;

    public DataApi(ExportService exports, ImportService imports) {
        this.exports = exports;
        this.imports = imports;
    }

    /** The body the import answers with: what was added, by kind, and whether the settings came over. */
    record ImportedJson(Map<String, Integer> added, boolean settings) {
    }

    /** {@code ?format=json} (the default) or {@code csv} (a zip of CSV files). */
    public void export(Context ctx, Person person) {
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").strip().toLowerCase(Locale.ROOT);
        ExportService.Export export = switch (format) {
            case "json" -> exports.json(person);
            case "csv" -> exports.csv(person);
            default -> throw new Invalid(Message.of("exchange.problem.exportFormat", format));
        };
        send(ctx, export);
    }

    /** The document is the body, as application/json; 201 with what was added. */
    public void importDocument(Context ctx, Person person) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json")) {
            throw new Unsupported(Message.of("exchange.problem.type", type));
        }
        ImportService.Imported imported = imports.importDocument(person, ctx.bodyAsBytes());
        ctx.status(HttpStatus.CREATED).json(new ImportedJson(imported.added(), imported.settings()));
    }

    /** An export as a download named with the day. */
    static void send(Context ctx, ExportService.Export export) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        ctx.contentType(export.contentType()).result(export.bytes());
    }
}
