package coach.kaizen.app.exchange;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.loop.LoopImport;

/** The words imported steps are given, in the language of the request that brings them. */
public final class LoopWording {

    private LoopWording() {
    }

    public static LoopImportService.Wording in(Texts texts) {
        return new LoopImportService.Wording(new LoopImport.Words(texts.t("exchange.loop.unit.once"),
                texts.t("exchange.loop.unit.amount"), texts.t("exchange.loop.untitled")), texts.t("exchange.loop.aim"));
    }

    /** The zip's name, as Loop names its own export. */
    static String zipName(java.time.LocalDate today) {
        return "Loop Habits CSV " + today + ".zip";
    }
}
