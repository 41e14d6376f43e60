package coach.kaizen.app.session;

import coach.kaizen.app.db.JournalStore.Entry;
import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Speech;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.practice.ExperimentService.Trial;
import coach.kaizen.app.practice.JournalService;
import coach.kaizen.app.practice.ObstacleService.Attention;
import coach.kaizen.app.practice.PracticeApi;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.steps.ReadinessApi.ReadinessRequest;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.obstacle.ObstacleNeed;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.session.Close;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.session.LookBack.Unsaid;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.session.Question;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** /api/v1/session and /api/v1/journal: the daily session's flow, as the pages walk it. */
public final class DailySessionApi {

    private final DailySessionService sessions;
    private final JournalService journal;
    private final PersonalClock clock;
    private final Bodies bodies;

    public DailySessionApi(DailySessionService sessions, JournalService journal, PersonalClock clock, Bodies bodies) {
        this.sessions = sessions;
        this.journal = journal;
        this.clock = clock;
        this.bodies = bodies;
    }

    record QuestionJson(String id, String practice, String text) {

        static QuestionJson of(Question question) {
            return new QuestionJson(question.id(), question.practice().code(), question.text());
        }
    }

    record LookBackJson(long stepId, String action, LocalDate date) {

        static LookBackJson of(Unsaid unsaid) {
            return new LookBackJson(unsaid.step().id(), unsaid.step().action(), unsaid.day());
        }
    }

    record ObstacleJson(long aimId, ObstacleNeed need, List<PracticeApi.ObstacleJson> obstacles) {

        static ObstacleJson of(Attention attention) {
            return new ObstacleJson(attention.aim().id(), attention.need(),
                    attention.obstacles().stream().map(PracticeApi.ObstacleJson::of).toList());
        }
    }

    /** The close in the person's words. */
    record CloseJson(String win, List<String> votes) {

        static CloseJson of(Close close, Texts texts) {
            return new CloseJson(texts.say(close.win()), close.votes().stream().map(texts::say).toList());
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
            PracticeApi.ExperimentJson experiment, CloseJson close) {

        static SessionJson of(SessionView view, Texts texts) {
            DailySession session = view.session();
            Trial trial = view.experiment();
            return new SessionJson(session.day(), codes(session.parts()), codes(session.done()),
                    session.current().map(Part::code).orElse(null), session.finished(), view.crisis(),
                    view.question() == null ? null : QuestionJson.of(view.question()),
                    view.lookBack().stream().map(LookBackJson::of).toList(),
                    view.obstacle() == null ? null : ObstacleJson.of(view.obstacle()),
                    trial == null ? null : PracticeApi.ExperimentJson.of(trial.experiment()),
                    view.close() == null ? null : CloseJson.of(view.close(), texts));
        }

        private static List<String> codes(Collection<Part> parts) {
            return parts.stream().sorted().map(Part::code).toList();
        }
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
        reply(ctx, person, clock.today(person));
    }

    public void arrive(Context ctx, Person person) {
        Readiness said = bodies.read(ctx, ReadinessRequest.class).readiness();
        reply(ctx, person, sessions.arrive(person, said));
    }

    public void answer(Context ctx, Person person) {
        AnswerRequest request = bodies.read(ctx, AnswerRequest.class);
        reply(ctx, person, Boolean.TRUE.equals(request.skip()) ? sessions.skip(person)
                : sessions.answer(person, request.aimId(), request.answer()));
    }

    public void next(Context ctx, Person person) {
        String code = ctx.pathParam("part");
        Part part = Part.ofCode(code).orElseThrow(() -> new Rejected(Message.of("session.problem.noPartCalled", code)));
        reply(ctx, person, sessions.next(person, part));
    }

    public void finish(Context ctx, Person person) {
        reply(ctx, person, sessions.finish(person));
    }

    /** ?q= searches the answers, their questions and their aims. */
    public void journal(Context ctx, Person person) {
        ctx.json(journal.answers(person, ctx.queryParam("q")).stream().map(EntryJson::of).toList());
    }

    /** After a change, the session of the day it was made on. */
    private void reply(Context ctx, Person person, DailySession changed) {
        reply(ctx, person, changed.day());
    }

    private void reply(Context ctx, Person person, LocalDate day) {
        ctx.json(SessionJson.of(sessions.view(person, day), Speech.of(ctx)));
    }
}
