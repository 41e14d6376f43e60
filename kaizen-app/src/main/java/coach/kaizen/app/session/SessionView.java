package coach.kaizen.app.session;

import coach.kaizen.app.practice.ExperimentService.Trial;
import coach.kaizen.app.practice.ObstacleService.Attention;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.session.Close;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.session.LookBack.Unsaid;
import coach.kaizen.core.session.Question;
import java.util.List;

/**
 * A day's session as the pages and the API show it: the session, and what each of its parts holds.
 * A part the session does not have holds nothing (null, or an empty list).
 *
 * @param crisis   the person said they are not safe today: the crisis resources come first
 * @param question the day's question in the person's language
 * @param aims     the person's aims, for an answer to be about one of them
 */
public record SessionView(DailySession session, boolean crisis, Question question, List<Aim> aims,
        List<Unsaid> lookBack, Attention obstacle, Trial experiment, Close close) {

    public SessionView {
        aims = List.copyOf(aims);
        lookBack = List.copyOf(lookBack);
    }

    /** Before the person arrived, the session is its arrival alone. */
    static SessionView arriving(DailySession session, boolean crisis) {
        return new SessionView(session, crisis, null, List.of(), List.of(), null, null, null);
    }
}
