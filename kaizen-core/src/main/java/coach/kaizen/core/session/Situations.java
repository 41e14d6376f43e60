package coach.kaizen.core.session;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the person's situation from their steps' recent history. */
public final class Situations {

    static final int FIRST_WEEK_DAYS = 7;
    /** A miss or a slip in the last this-many days, today included, colours the question. */
    static final int RECENT_DAYS = 3;
    static final int GOOD_RUN = 5;
    /** A step this old whose size has not grown in {@link #PLATEAU_DAYS} days has plateaued. */
    static final int PLATEAU_AGE_DAYS = 28;
    static final int PLATEAU_DAYS = 14;

    private Situations() {
    }

    public static Set<Situation> of(Engine engine, LocalDate today, List<StepHistory> steps) {
        Set<Situation> now = EnumSet.noneOf(Situation.class);
        if (steps.isEmpty()) {
            now.add(Situation.NO_STEP);
        }
        LocalDate recent = today.minusDays(RECENT_DAYS - 1);
        if (steps.stream().anyMatch(step -> !step.step().startDay().isBefore(today.minusDays(FIRST_WEEK_DAYS - 1)))) {
            now.add(Situation.FIRST_WEEK);
        }
        if (steps.stream().anyMatch(step -> step.between(recent, today).anyMatch(c -> c.outcome() == Outcome.SLIP))) {
            now.add(Situation.AFTER_SLIP);
        }
        if (steps.stream().anyMatch(step -> step.between(recent, today).anyMatch(c -> c.outcome() == Outcome.MISSED))) {
            now.add(Situation.AFTER_MISS);
        }
        if (steps.stream().anyMatch(step -> onAGoodRun(step, today))) {
            now.add(Situation.GOOD_RUN);
        }
        if (steps.stream().anyMatch(step -> plateaued(engine, step, today))) {
            now.add(Situation.PLATEAU);
        }
        return now;
    }

    /** The last five days said (excused days aside) were all done, the latest within two days. */
    static boolean onAGoodRun(StepHistory history, LocalDate today) {
        List<CheckIn> said = history.checkIns().stream().filter(c -> c.outcome() != Outcome.SKIPPED).toList();
        if (said.size() < GOOD_RUN || said.get(said.size() - 1).day().isBefore(today.minusDays(1))) {
            return false;
        }
        return said.subList(said.size() - GOOD_RUN, said.size()).stream().allMatch(c -> c.outcome() == Outcome.DONE);
    }

    /**
     * The size offered today is no bigger than the one offered two weeks ago, on a step at least
     * four weeks old and below its ceiling. Read from check-ins alone: hard days and choices are
     * left out, which is close enough to colour a question.
     */
    static boolean plateaued(Engine engine, StepHistory history, LocalDate today) {
        Step step = history.step();
        if (step.startDay().isAfter(today.minusDays(PLATEAU_AGE_DAYS))) {
            return false;
        }
        LocalDate then = today.minusDays(PLATEAU_DAYS);
        double sizeThen = sizeOn(engine, step, history.checkIns().stream().filter(c -> c.day().isBefore(then))
                .toList(), then);
        double sizeNow = sizeOn(engine, step, history.checkIns().stream().filter(c -> c.day().isBefore(today))
                .toList(), today);
        return sizeNow <= sizeThen && !step.sizing().atCeiling(sizeNow);
    }

    private static double sizeOn(Engine engine, Step step, List<CheckIn> before, LocalDate day) {
        StepProgress progress = StepProgress.replay(engine, step, before, List.of(), Map.of());
        return engine.propose(step.sizing(), progress.engine(), day, Readiness.UNKNOWN).size();
    }
}
