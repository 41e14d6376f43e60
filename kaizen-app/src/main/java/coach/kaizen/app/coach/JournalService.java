package coach.kaizen.app.coach;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.JournalStore.Entry;
import coach.kaizen.core.text.Text;
import java.util.List;

/** The person's answers to the day's questions, newest first and searchable. */
public final class JournalService {

    public static final int MAX_SEARCH = 100;

    private final Database database;

    public JournalService(Database database) {
        this.database = database;
    }

    /** Every answer, or those containing {@code words} (blank: every answer). */
    public List<Entry> answers(long userId, String words) {
        String search = Invalid.check(() -> Text.optional(words, "search", MAX_SEARCH));
        return database.read(stores -> stores.journal().answers(userId, search));
    }
}
