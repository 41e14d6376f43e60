package coach.kaizen.core.picture;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A step's days written one character a day from its start, so a test's table reads like a
 * calendar: D done, H done on a hard day (the floor is asked), M missed, S skipped, L a slip,
 * . nothing said. Spaces are left out, to set weeks apart.
 */
final class Days {

    /** 5 minutes, floor 2. */
    static final Sizing FIVE_MINUTES = new Sizing(5, "minutes", 1, 2, null);

    private Days() {
    }

    static Step step(Schedule schedule, LocalDate start) {
        return new Step(1, 1, "Walk", FIVE_MINUTES, null, schedule, start);
    }

    static Replay replay(Step step, String days) {
        List<CheckIn> checkIns = new ArrayList<>();
        Map<LocalDate, Readiness> readiness = new HashMap<>();
        String written = days.replace(" ", "");
        for (int i = 0; i < written.length(); i++) {
            LocalDate day = step.startDay().plusDays(i);
            char said = written.charAt(i);
            if (said == 'H') {
                readiness.put(day, new Readiness(2, null, null));
            }
            if (said != '.') {
                checkIns.add(new CheckIn(day, outcome(said), null, null, null));
            }
        }
        return StepProgress.replayDays(Engine.standard(), step, checkIns, List.of(), readiness);
    }

    private static Outcome outcome(char said) {
        return switch (said) {
            case 'D', 'H' -> Outcome.DONE;
            case 'M' -> Outcome.MISSED;
            case 'S' -> Outcome.SKIPPED;
            case 'L' -> Outcome.SLIP;
            default -> throw new IllegalArgumentException("no day is written " + said);
        };
    }
}
