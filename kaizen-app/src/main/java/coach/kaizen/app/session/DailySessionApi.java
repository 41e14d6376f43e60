package coach.kaizen.app.session;

import coach.kaizen.app.db.JournalStore.Entry;
import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.practice.ExperimentService.Trial;
import coach.kaizen.app.practice.JournalService;
import coach.kaizen.app.practice.ObstacleService.Attention;
import coach.kaizen.app.practice.PracticeApi;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.session.DailySessionService.Closing;
import coach.kaizen.app.steps.ReadinessApi.ReadinessRequest;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.obstacle.ObstacleNeed;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.session.Question;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/** /api/v1/session and /api/v1/journal: the daily session's flow, as the pages walk it. */
public final class DailySessionApi {

    private final DailySessionService sessions;
    private final JournalService journal;
    private final Bodies bodies;

    public DailySessionApi(DailySessionService sessions, JournalService journal, Bodies bodies) {
        this.sessions = sessions;
        this.journal = journal;
        this.bodies = bodies;
    }

    record QuestionJson(String id, String practice, String text) {
    }

    record LookBackJson(long stepId, String action, LocalDate date) {
    }

    record ObstacleJson(long aimId, ObstacleNeed need, List<PracticeApi.ObstacleJson> obstacles) {

        static ObstacleJson of(Attention attention) {
            return new ObstacleJson(attention.aim().id(), attention.need(),
                    attention.obstacles().stream().map(PracticeApi.ObstacleJson::of).toList());
        }
    }

    /**
     * Today's session. {@code current} is the part the person is at (null once finished); the
     * content of each part is given when the session has that part. {@code crisis}: the person said
     * they are not safe today, and the crisis resources come before anything else.
     */
    record SessionJson(LocalDate date, List<String> parts, List<String> done, String current, boolean finished,
            boolean crisis,
            QuestionJson question, List<LookBackJson> lookBack, ObstacleJson obstacle,
            PracticeApi.ExperimentJson experiment, Closing close) {
    }

    record AnswerRequest(String answer, Long aimId, Boolean skip) {
    }

    record EntryJson(LocalDate date, String questionId, String question, Long aimId, String aim, String answer) {

        static EntryJson of(Entry entry) {
            return new EntryJson(entry.day(), entry.questionId(), entry.question(), entry.aimId(), entry.aimTitle(),
                    entry.answer());
        }
    }

    public void show(Context ctx, Person person) {
        ctx.json(json(person, sessions.open(person)));
    }

    public void arrive(Context ctx, Person person) {
        Readiness said = bodies.read(ctx, ReadinessRequest.class).readiness();
        ctx.json(json(person, sessions.arrive(person, said)));
    }

    public void answer(Context ctx, Person person) {
        AnswerRequest request = bodies.read(ctx, AnswerRequest.class);
        DailySession session = Boolean.TRUE.equals(request.skip()) ? sessions.skip(person)
                : sessions.answer(person, request.aimId(), request.answer());
        ctx.json(json(person, session));
    }

    public void next(Context ctx, Person person) {
        String code = ctx.pathParam("part");
        Part part = Part.ofCode(code).orElseThrow(() -> new Rejected(Message.of("session.problem.noPartCalled", code)));
        ctx.json(json(person, sessions.next(person, part)));
    }

    public void finish(Context ctx, Person person) {
        ctx.json(json(person, sessions.finish(person)));
    }

    /** ?q= searches the answers, their questions and their aims. */
    public void journal(Context ctx, Person person) {
        ctx.json(journal.answers(person, ctx.queryParam("q")).stream().map(EntryJson::of).toList());
    }

    private SessionJson json(Person person, DailySession session) {
        Question question = session.has(Part.QUESTION) ? sessions.question(person).orElse(null) : null;
        List<LookBackJson> lookBack = session.has(Part.LOOK_BACK) ? sessions.lookBack(person).stream()
                .map(day -> new LookBackJson(day.step().id(), day.step().action(), day.day())).toList() : List.of();
        ObstacleJson obstacle = session.has(Part.OBSTACLE)
                ? sessions.obstacle(person).map(ObstacleJson::of).orElse(null) : null;
        PracticeApi.ExperimentJson experiment = session.has(Part.EXPERIMENT)
                ? sessions.trialToDecide(person).map(Trial::experiment).map(PracticeApi.ExperimentJson::of).orElse(null)
                : null;
        return new SessionJson(session.day(), codes(session.parts()), codes(List.copyOf(session.done())),
                session.current().map(Part::code).orElse(null), session.finished(), sessions.inCrisis(person),
                question == null ? null : new QuestionJson(question.id(), question.practice().code(), question.text()),
                lookBack, obstacle, experiment, session.has(Part.CLOSE) ? sessions.closing(person) : null);
    }

    private static List<String> codes(List<Part> parts) {
        return parts.stream().sorted().map(Part::code).toList();
    }
}
