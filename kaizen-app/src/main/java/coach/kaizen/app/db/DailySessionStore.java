package coach.kaizen.app.db;

import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.session.Part;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Each person's daily sessions, one per day, with the parts chosen and the parts done (as part codes). */
public final class DailySessionStore {

    private final Handle handle;

    DailySessionStore(Handle handle) {
        this.handle = handle;
    }

    /** The day's session, begun now if it was not begun before. */
    public DailySession begin(long userId, LocalDate day, Instant now) {
        handle.createUpdate("""
                        INSERT INTO daily_sessions (user_id, day, started_at) VALUES (:userId, :day, :now)
                        ON CONFLICT (user_id, day) DO NOTHING""")
                .bind("userId", userId)
                .bind("day", day)
                .bind("now", now)
                .execute();
        return find(userId, day).orElseThrow();
    }

    public Optional<DailySession> find(long userId, LocalDate day) {
        return handle.createQuery("""
                        SELECT day, parts, done, question_id, finished_at FROM daily_sessions
                        WHERE user_id = :userId AND day = :day""")
                .bind("userId", userId)
                .bind("day", day)
                .map((rs, ctx) -> session(rs))
                .findOne();
    }

    /** Writes what changed of the session: its parts, the parts done and the question. */
    public void save(long userId, DailySession session, Instant now) {
        handle.createUpdate("""
                        UPDATE daily_sessions
                        SET parts = :parts, done = :done, question_id = :questionId,
                            finished_at = CASE WHEN :finished THEN COALESCE(finished_at, :now) ELSE NULL END
                        WHERE user_id = :userId AND day = :day""")
                .bind("userId", userId)
                .bind("day", session.day())
                .bind("parts", session.isPlanned() ? codes(session.parts()) : null)
                .bind("done", codes(session.done()))
                .bind("questionId", session.questionId())
                .bind("finished", session.finished())
                .bind("now", now)
                .execute();
    }

    /** The last day before {@code day} when the person arrived in a session, finished or not. */
    public Optional<LocalDate> lastBefore(long userId, LocalDate day) {
        return handle.createQuery("""
                        SELECT MAX(day) AS day FROM daily_sessions
                        WHERE user_id = :userId AND day < :day AND parts IS NOT NULL""")
                .bind("userId", userId)
                .bind("day", day)
                .map((rs, ctx) -> Columns.day(rs, "day"))
                .findOne();
    }

    /** The last day before {@code day} whose session offered {@code part}, reached or not. */
    public Optional<LocalDate> lastWith(long userId, Part part, LocalDate day) {
        return handle.createQuery("""
                        SELECT MAX(day) AS day FROM daily_sessions
                        WHERE user_id = :userId AND day < :day AND ',' || parts || ',' LIKE :part""")
                .bind("userId", userId)
                .bind("day", day)
                .bind("part", "%," + part.code() + ",%")
                .map((rs, ctx) -> Columns.day(rs, "day"))
                .findOne();
    }

    private static DailySession session(ResultSet rs) throws SQLException {
        return new DailySession(Columns.day(rs, "day"), parts(rs.getString("parts")),
                Set.copyOf(parts(rs.getString("done"))), rs.getString("question_id"), rs.getObject("finished_at") != null);
    }

    private static List<Part> parts(String codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(code -> Part.ofCode(code).orElseThrow()).toList();
    }

    private static String codes(Collection<Part> parts) {
        return parts.stream().sorted().map(Part::code).collect(Collectors.joining(","));
    }
}
