package coach.kaizen.app.practice;

import coach.kaizen.app.db.JournalStore.Entry;
import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.service.PersonalClock;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The person's answers to the day's questions, by date and aim, with a search box. */
public final class JournalPage {

    private final JournalService journal;
    private final PersonalClock clock;
    private final Pages pages;

    public JournalPage(JournalService journal, PersonalClock clock, Pages pages) {
        this.journal = journal;
        this.clock = clock;
        this.pages = pages;
    }

    public void show(Context ctx, SignedIn who) {
        String words = ctx.queryParam("q");
        Refusals.onRefusal(ctx, () -> render(ctx, who, words, journal.answers(who.person(), words), ""),
                refused -> render(ctx, who, words, List.of(), refused.error()));
    }

    private void render(Context ctx, SignedIn who, String words, List<Entry> entries, String error) {
        pages.render(ctx, "journal.jte", Map.of("frame", Frame.of(ctx, who), "entries", entries,
                "words", words == null ? "" : words, "error", error, "today", clock.today(who.person())));
    }
}
