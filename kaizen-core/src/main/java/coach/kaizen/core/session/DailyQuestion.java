package coach.kaizen.core.session;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Which question a person's day asks: one a day, and none asked within {@link QuestionBank#REPEAT_AFTER_DAYS}. */
public final class DailyQuestion {

    private DailyQuestion() {
    }

    /** The first day whose questions are not asked again on {@code day}. */
    public static LocalDate askedSince(LocalDate day) {
        return day.minusDays(QuestionBank.REPEAT_AFTER_DAYS - 1L);
    }

    /**
     * The id of the day's question, or null when none is left: the one {@code session} picked
     * already, so it stays the same all day; else one from {@code bank} for the situations the
     * person is in, about recovery only when one of their aims is, and not in {@code asked} (the
     * questions asked since {@link #askedSince}).
     */
    public static String of(DailySession session, long personId, QuestionBank bank, Set<Situation> now,
            List<Aim> aims, Set<String> asked) {
        if (session.questionId() != null) {
            return session.questionId();
        }
        boolean recovering = aims.stream().anyMatch(aim -> aim.kind() == AimKind.RECOVER);
        // The person and the day: the same pick all day, another the next day.
        long seed = Objects.hash(personId, session.day().toEpochDay());
        return bank.pick(now, recovering, asked, seed).map(Question::id).orElse(null);
    }
}
