package coach.kaizen.app.web;

import coach.kaizen.app.coach.Invalid;
import coach.kaizen.app.coach.JournalService;
import coach.kaizen.app.db.JournalStore.Entry;
import coach.kaizen.app.db.SessionStore.SignedIn;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/** The person's answers to the day's questions, by date and aim, with a search box. */
final class JournalPage {

    private final JournalService journal;
    private final Pages pages;

    JournalPage(JournalService journal, Pages pages) {
        this.journal = journal;
        this.pages = pages;
    }

    void show(Context ctx, SignedIn who) {
        String words = ctx.queryParam("q");
        List<Entry> entries;
        String error = "";
        try {
            entries = journal.answers(who.person().id(), words);
        } catch (Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            entries = List.of();
            error = Speech.of(ctx).say(e.said());
        }
        pages.render(ctx, "journal.jte", Map.of("frame", Frame.of(ctx, who), "entries", entries,
                "words", words == null ? "" : words, "error", error));
    }
}
