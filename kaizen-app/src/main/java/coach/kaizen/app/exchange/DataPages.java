package coach.kaizen.app.exchange;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Refusals;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Settings › Your data: everything downloaded as our JSON or a zip of CSV files, and a JSON export brought back. */
public final class DataPages {

    private final ExportService exports;
    private final ImportService imports;
    private final Pages pages;

    public DataPages(ExportService exports, ImportService imports, Pages pages) {
        this.exports = exports;
        this.imports = imports;
        this.pages = pages;
    }

    public void show(Context ctx, SignedIn who) {
        render(ctx, who, Form.empty(), null);
    }

    /** Shows what came in, kind by kind; a refused file is shown again with why, and nothing changed. */
    public void importDocument(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            byte[] chosen = ExchangePages.chosenFile(ctx, "exchange.data.problem.noFile");
            render(ctx, who, Form.empty(), imports.importDocument(who.person(), chosen));
        }, refused -> render(ctx, who, refused, null));
    }

    public void exportJson(Context ctx, SignedIn who) {
        DataApi.send(ctx, exports.json(who.person()));
    }

    public void exportCsv(Context ctx, SignedIn who) {
        DataApi.send(ctx, exports.csv(who.person()));
    }

    private void render(Context ctx, SignedIn who, Form form, ImportService.Imported imported) {
        Map<String, Object> model = new HashMap<>(Map.of("frame", Frame.of(ctx, who), "form", form,
                "maxMegabytes", ImportService.MAX_BYTES / (1024 * 1024)));
        model.put("imported", imported);
        pages.render(ctx, "exchange/data.jte", model);
    }
}
