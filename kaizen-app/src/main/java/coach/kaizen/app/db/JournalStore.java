package coach.kaizen.app.db;

import coach.kaizen.core.session.Question;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** The day's question and the person's answer (none when they skipped it): their journal. */
public final class JournalStore {

    private final Handle handle;
    private final PersonIds ids;

    JournalStore(Handle handle, PersonIds ids) {
        this.handle = handle;
        this.ids = ids;
    }

    /**
     * One entry in the journal.
     *
     * @param aimId  the aim the answer is about, or null
     * @param answer null when the question was skipped
     */
    public record Entry(LocalDate day, String questionId, String question, Long aimId, String aimTitle, String answer) {
    }

    /** Saves the day's answer (null: skipped); a second one for the same day replaces it. */
    public void save(long userId, LocalDate day, Question question, Long aimId, String answer, Instant now) {
        handle.createUpdate("""
                        INSERT INTO journal_entries
                            (user_id, id, day, question_id, question_text, aim_id, answer, created_at)
                        VALUES (:userId, :id, :day, :questionId, :question, :aimId, :answer, :now)
                        ON CONFLICT (user_id, day) DO UPDATE SET
                            question_id = excluded.question_id,
                            question_text = excluded.question_text,
                            aim_id = excluded.aim_id,
                            answer = excluded.answer""")
                .bind("userId", userId)
                .bind("id", ids.next("journal_entries", userId))
                .bind("day", day)
                .bind("questionId", question.id())
                .bind("question", question.text())
                .bind("aimId", aimId)
                .bind("answer", answer)
                .bind("now", now)
                .execute();
    }

    /** The questions asked (answered or skipped) on {@code from} or later. */
    public Set<String> askedSince(long userId, LocalDate from) {
        return handle.createQuery("SELECT question_id FROM journal_entries WHERE user_id = :userId AND day >= :from")
                .bind("userId", userId)
                .bind("from", from)
                .mapTo(String.class)
                .collect(Collectors.toSet());
    }

    /** Every answered entry, newest first. */
    public List<Entry> answers(long userId) {
        return handle.createQuery("""
                        SELECT j.day, j.question_id, j.question_text, j.aim_id, a.title AS aim_title, j.answer
                        FROM journal_entries j
                        LEFT JOIN aims a ON a.user_id = j.user_id AND a.id = j.aim_id
                        WHERE j.user_id = :userId AND j.answer IS NOT NULL
                        ORDER BY j.day DESC""")
                .bind("userId", userId)
                .map((rs, ctx) -> new Entry(Columns.day(rs, "day"), rs.getString("question_id"),
                        rs.getString("question_text"), Columns.id(rs, "aim_id"), rs.getString("aim_title"),
                        rs.getString("answer")))
                .list();
    }
}
