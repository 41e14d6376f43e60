package coach.kaizen.app.practice;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.JournalStore.Entry;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Text;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The person's answers to the day's questions, newest first and searchable. */
public final class JournalService {

    public static final int MAX_SEARCH = 100;

    private final Database database;

    public JournalService(Database database) {
        this.database = database;
    }

    /**
     * Every answer, or those whose answer, question or aim contains {@code words}, in any case
     * (matched here rather than in SQL, where SQLite lowers only A to Z).
     */
    public List<Entry> answers(Person person, String words) {
        String search = Invalid.check(() -> Text.optional(words, "search", MAX_SEARCH));
        List<Entry> all = database.read(stores -> stores.journal().answers(person.id()));
        if (search == null) {
            return all;
        }
        String lower = search.toLowerCase(Locale.ROOT);
        return all.stream().filter(entry -> Stream.of(entry.answer(), entry.question(), entry.aimTitle())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(lower))).toList();
    }
}
