package coach.kaizen.app.exchange;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.steps.AimService;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Settings › Your data: a Loop backup or CSV zip uploaded, and our steps downloaded as Loop's CSV zip. */
public final class ExchangePages {

    private final LoopImportService imports;
    private final LoopExportService exports;
    private final AimService aims;
    private final PersonalClock clock;
    private final Pages pages;

    public ExchangePages(LoopImportService imports, LoopExportService exports, AimService aims, PersonalClock clock,
            Pages pages) {
        this.imports = imports;
        this.exports = exports;
        this.aims = aims;
        this.clock = clock;
        this.pages = pages;
    }

    public void show(Context ctx, SignedIn who) {
        render(ctx, who, Form.empty(), List.of());
    }

    /** Shows what came over, each step with its strength; a refused file is shown again with why. */
    public void importLoop(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            byte[] chosen = chosenFile(ctx, "exchange.loop.problem.noFile");
            List<LoopImportService.ImportedStep> imported = imports.importFile(who.person(), chosen,
                    Fields.optionalId(ctx, "aimId"), LoopWording.in(Frame.of(ctx, who).texts()));
            render(ctx, who, Form.empty(), imported);
        }, refused -> render(ctx, who, refused, List.of()));
    }

    public void exportLoop(Context ctx, SignedIn who) {
        ctx.header("Content-Disposition",
                "attachment; filename=\"" + LoopWording.zipName(clock.today(who.person())) + "\"");
        ctx.contentType("application/zip").result(exports.export(who.person()));
    }

    /** The file sent as {@code file}: none chosen is refused with {@code noFile}, an empty one by its name. */
    static byte[] chosenFile(Context ctx, String noFile) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            throw new Invalid(Message.of(noFile));
        }
        if (file.size() == 0) {
            throw new Invalid(Message.of("exchange.problem.emptyFile", file.filename()));
        }
        return bytes(file);
    }

    /** The uploaded file's bytes, one more than the most we take at most, so a bigger one is refused as such. */
    private static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes((int) Math.min(file.size(), LoopImportService.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(Context ctx, SignedIn who, Form form, List<LoopImportService.ImportedStep> imported) {
        List<Aim> own = aims.list(who.person());
        pages.render(ctx, "exchange/loop.jte", Map.of("frame", Frame.of(ctx, who), "form", form, "aims", own,
                "imported", imported, "maxMegabytes", LoopImportService.MAX_BYTES / (1024 * 1024)));
    }
}
