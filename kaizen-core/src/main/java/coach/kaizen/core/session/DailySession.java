package coach.kaizen.core.session;

import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's session on one day: its parts (chosen once they have arrived), the parts done, and the
 * day's question. A session left half-way resumes at its first part not done. Each move returns the
 * session it leads to, or throws {@link OutOfTurn} when the session does not take it now.
 *
 * @param parts      empty until the person has arrived and the parts were chosen
 * @param questionId the day's question once picked, or null
 */
public record DailySession(LocalDate day, List<Part> parts, Set<Part> done, String questionId, boolean finished) {

    /** The parts moved past with "next": the others end by answering them. */
    private static final Set<Part> MOVED_PAST = EnumSet.of(Part.LOOK_BACK, Part.TODAY, Part.OBSTACLE, Part.EXPERIMENT);

    public DailySession {
        parts = List.copyOf(parts);
        done = done.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(done));
    }

    public static DailySession fresh(LocalDate day) {
        return new DailySession(day, List.of(), Set.of(), null, false);
    }

    public boolean isPlanned() {
        return !parts.isEmpty();
    }

    /** The part to show now; empty once the close is done. */
    public Optional<Part> current() {
        if (!isPlanned()) {
            return Optional.of(Part.ARRIVE);
        }
        return parts.stream().filter(part -> !done.contains(part)).findFirst();
    }

    public boolean has(Part part) {
        return isPlanned() ? parts.contains(part) : part == Part.ARRIVE;
    }

    /** Whether a part's page can be shown: any part the session has, going back or ahead, but the close in its turn. */
    public boolean canVisit(Part part) {
        return has(part) && (part != Part.CLOSE || finished || current().equals(Optional.of(Part.CLOSE)));
    }

    /**
     * The person said how they are: the day's parts are {@code chosen} and its question is
     * {@code question}. Saying it again chooses again; parts done stay done.
     */
    public DailySession arrived(List<Part> chosen, String question) {
        return new DailySession(day, chosen, with(Part.ARRIVE), question, finished);
    }

    /** Refuses a part the session does not have; before arriving, it has none but arriving. */
    public DailySession require(Part part) {
        if (!planned().has(part)) {
            throw new OutOfTurn("session.problem.noPart", part.code(), named(part));
        }
        return this;
    }

    /** Moved past a part that needs no answer: look back, today, an obstacle or an experiment. */
    public DailySession movedPast(Part part) {
        if (!MOVED_PAST.contains(part)) {
            throw new OutOfTurn("session.problem.answeredNotMoved", part.code(), named(part));
        }
        return done(part);
    }

    /** The day's question from {@code bank} (the bank in the person's language), when the session has one. */
    public Optional<Question> question(QuestionBank bank) {
        return Optional.ofNullable(questionId).filter(id -> has(Part.QUESTION)).flatMap(bank::find);
    }

    /** The day's question, to answer or pass by. */
    public Question toAnswer(QuestionBank bank) {
        return planned().question(bank).orElseThrow(() -> new OutOfTurn("session.problem.noQuestion"));
    }

    /** The question answered, or passed by ({@code withWords} false): an answer given is kept, never passed by. */
    public DailySession answered(boolean withWords) {
        if (!withWords && done.contains(Part.QUESTION)) {
            throw new OutOfTurn("session.problem.answeredAlready");
        }
        return done(Part.QUESTION);
    }

    /** Finished, once every other part is done: the close comes last. */
    public DailySession closed() {
        Optional<Part> before = planned().current().filter(part -> part != Part.CLOSE);
        if (before.isPresent()) {
            throw new OutOfTurn("session.problem.closesLast", before.get().code(), named(before.get()));
        }
        return new DailySession(day, parts, with(Part.CLOSE), questionId, true);
    }

    private DailySession done(Part part) {
        return new DailySession(day, parts, require(part).with(part), questionId, finished);
    }

    private DailySession planned() {
        if (!isPlanned()) {
            throw new OutOfTurn("session.problem.arriveFirst");
        }
        return this;
    }

    private Set<Part> with(Part part) {
        Set<Part> more = EnumSet.of(part);
        more.addAll(done);
        return more;
    }

    /** A part as its page calls it ("A question"), for a refusal in the person's words. */
    private static Message named(Part part) {
        return Message.of("session.part." + part.code());
    }
}
